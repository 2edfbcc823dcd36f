package org.familymatters.referral.internal;

/**
 * Whether the referrer will be told the decision by e-mail. The e-mail is sent after the
 * decision is saved, by {@link DecisionLetters}, and tried again until it is sent; the
 * decision stands whatever this says.
 */
public enum MailOutcome {

	/** The e-mail will be sent to the referrer's address. */
	WILL_BE_SENT,
	/** The referral has no e-mail address to tell. */
	NO_ADDRESS,
	/**
	 * No SMTP server is configured ({@code spring.mail.host} is not set): none is sent.
	 */
	NOT_CONFIGURED

}
