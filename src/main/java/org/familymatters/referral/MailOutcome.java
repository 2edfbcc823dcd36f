package org.familymatters.referral;

/**
 * Whether the referrer was told the decision by e-mail. The decision stands whatever this
 * says.
 */
public enum MailOutcome {

	/** The e-mail went to the SMTP server. */
	SENT,
	/** The referral has no e-mail address to tell. */
	NO_ADDRESS,
	/** No SMTP server is configured ({@code spring.mail.host} is not set). */
	NOT_CONFIGURED,
	/** The SMTP server refused or could not be reached; the failure is logged. */
	FAILED

}
