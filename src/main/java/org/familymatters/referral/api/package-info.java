/**
 * The referrals REST API.
 */
package org.familymatters.referral.api;
