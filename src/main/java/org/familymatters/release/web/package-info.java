/** The release planning module's pages. */
package org.familymatters.release.web;
