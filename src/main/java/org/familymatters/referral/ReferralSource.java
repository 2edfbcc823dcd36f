package org.familymatters.referral;

import java.util.Locale;
import java.util.Optional;

/** Where a referral comes from. */
public enum ReferralSource {

	COURT_DESK("Court desk"), SCHOOL("School"), CHILDRENS_CENTRE("Children's centre"), PROBATION("Probation"),
	PRISON("Prison"), POLICE("Police"), SOCIAL_CARE("Social care"), HEALTH("Health"), HOUSING("Housing"),
	CHARITY("Charity or community group"), SELF("The family itself");

	private final String label;

	ReferralSource(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** As the database and the API write it. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<ReferralSource> ofCode(String code) {
		if (code == null) {
			return Optional.empty();
		}
		for (var source : values()) {
			if (source.code().equals(code.strip().toLowerCase(Locale.ROOT))) {
				return Optional.of(source);
			}
		}
		return Optional.empty();
	}

}
