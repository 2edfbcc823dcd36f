package org.familymatters.referral;

/**
 * What is wrong with a referral: the field at fault (as named in {@link NewReferral}) and
 * the code of the message that says what to put right (in {@code messages.properties}).
 */
public record ReferralProblem(String field, String code) {
}
