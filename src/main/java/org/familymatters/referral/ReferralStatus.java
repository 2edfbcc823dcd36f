package org.familymatters.referral;

import java.util.Locale;

/** Where a referral stands: waiting for triage, or decided. */
public enum ReferralStatus {

	RECEIVED("Waiting for a decision"), ACCEPTED("Accepted"), SIGNPOSTED("Signposted"), DECLINED("Declined");

	private final String label;

	ReferralStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static ReferralStatus ofCode(String code) {
		return valueOf(code.toUpperCase(Locale.ROOT));
	}

}
