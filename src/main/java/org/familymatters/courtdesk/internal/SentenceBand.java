package org.familymatters.courtdesk.internal;

/** How long the sentence is, in bands: enough for the evaluation, not a court record. */
public enum SentenceBand implements Coded {

	UNDER_12_MONTHS("Under 12 months"), ONE_TO_4_YEARS("1 to 4 years"), FOUR_TO_10_YEARS("4 to 10 years"),
	OVER_10_YEARS("Over 10 years"), INDETERMINATE("Life or indeterminate"), NOT_KNOWN("Not known");

	private final String label;

	SentenceBand(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

	@Override
	public String code() {
		return switch (this) {
			case ONE_TO_4_YEARS -> "1_to_4_years";
			case FOUR_TO_10_YEARS -> "4_to_10_years";
			default -> Coded.super.code();
		};
	}

}
