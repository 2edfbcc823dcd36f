/**
 * The family records' REST API.
 */
package org.familymatters.family.api;
