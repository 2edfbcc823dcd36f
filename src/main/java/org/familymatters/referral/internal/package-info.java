/**
 * What only the referral module uses.
 */
package org.familymatters.referral.internal;
