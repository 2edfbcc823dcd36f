/** The network module's pages. */
package org.familymatters.network.web;
