/** The Building Bridges module's pages. */
package org.familymatters.bridges.web;
