/**
 * The family record's pages, and the administrators' merges.
 */
package org.familymatters.family.web;
