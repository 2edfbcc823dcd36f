/**
 * Sign-in, the home page, the user's account and the administrators' pages for users,
 * organisations and localities.
 */
package org.familymatters.identity.web;
