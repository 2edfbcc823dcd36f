/**
 * The privacy module's REST API: a person's subject access package for a recorded
 * request.
 */
package org.familymatters.privacy.api;
