/** The support plan module's pages. */
package org.familymatters.plan.web;
