/** The prison module's pages. */
package org.familymatters.prison.web;
