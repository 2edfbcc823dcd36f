/** The training module's pages. */
package org.familymatters.training.web;
