/**
 * The identity REST API: who is signed in, localities and organisations.
 */
package org.familymatters.identity.api;
