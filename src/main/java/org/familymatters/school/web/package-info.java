/** The school module's pages. */
package org.familymatters.school.web;
