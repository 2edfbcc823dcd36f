/**
 * The directory's pages: finding support, resources, guides, and the staff pages that
 * keep them.
 */
package org.familymatters.directory.web;
