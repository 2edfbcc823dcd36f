package org.familymatters.courtdesk.internal;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The proportions of generated court desk contacts ({@link CourtDeskSyntheticData}), as
 * SQL over a number {@code h} that the contact's number hashes to: which outcome, who the
 * person is to the defendant, the sentence, whether it is the first time in custody, how
 * many children, which leaflets. Each choice reads its own digits of {@code h}, so the
 * choices vary independently.
 */
final class CourtDeskSyntheticRules {

	/**
	 * The hash of the contact's number {@code n}: Knuth's multiplicative hash, 32 bits.
	 */
	static final String HASH = "(n * 2654435761) % 4294967296";

	static final List<Share> OUTCOMES = List.of(new Share(Outcome.IMMEDIATE_CUSTODY.code(), 45),
			new Share(Outcome.REMAND.code(), 15), new Share(Outcome.SUSPENDED_SENTENCE.code(), 15),
			new Share(Outcome.COMMUNITY_ORDER.code(), 12), new Share(Outcome.ACQUITTED.code(), 5),
			new Share(Outcome.ADJOURNED.code(), 8));

	static final List<Share> RELATIONSHIPS = List.of(new Share(Relationship.PARTNER.code(), 35),
			new Share(Relationship.PARENT.code(), 25), new Share(Relationship.SON_OR_DAUGHTER.code(), 10),
			new Share(Relationship.BROTHER_OR_SISTER.code(), 10), new Share(Relationship.GRANDPARENT.code(), 5),
			new Share(Relationship.OTHER_RELATIVE.code(), 5), new Share(Relationship.FRIEND.code(), 7),
			new Share(Relationship.OTHER.code(), 3));

	static final List<Share> SENTENCE_BANDS = List.of(new Share(SentenceBand.UNDER_12_MONTHS.code(), 30),
			new Share(SentenceBand.ONE_TO_4_YEARS.code(), 40), new Share(SentenceBand.FOUR_TO_10_YEARS.code(), 18),
			new Share(SentenceBand.OVER_10_YEARS.code(), 6), new Share(SentenceBand.INDETERMINATE.code(), 2),
			new Share(SentenceBand.NOT_KNOWN.code(), 4));

	static final List<Share> FIRST_TIMES = List.of(new Share(FirstTimeInCustody.YES.code(), 45),
			new Share(FirstTimeInCustody.NO.code(), 45), new Share(FirstTimeInCustody.NOT_KNOWN.code(), 10));

	static final List<Share> CHILDREN_COUNTS = List.of(new Share("0", 35), new Share("1", 25), new Share("2", 22),
			new Share("3", 12), new Share("4", 6));

	static final List<Share> LEAFLET_SETS = List.of(new Share("{}", 30),
			new Share("{" + Leaflet.FAMILY_MATTERS.code() + "}", 30),
			new Share("{" + Leaflet.FAMILY_MATTERS.code() + "," + Leaflet.HELPLINE.code() + "}", 25),
			new Share("{" + Leaflet.VISITING_PRISON.code() + "," + Leaflet.TALKING_TO_CHILDREN.code() + "}", 15));

	static final String OUTCOME = quoted("h % 100", OUTCOMES);

	static final String RELATIONSHIP = quoted("h / 100 % 100", RELATIONSHIPS);

	static final String SENTENCE_BAND = quoted("h / 10000 % 100", SENTENCE_BANDS);

	static final String FIRST_TIME = quoted("h / 1000000 % 100", FIRST_TIMES);

	static final String CHILDREN = choice("h / 3 % 100", CHILDREN_COUNTS, "");

	static final String LEAFLETS = "cast(" + quoted("h / 13 % 100", LEAFLET_SETS) + " as text[])";

	private CourtDeskSyntheticRules() {
	}

	/** The value whose share {@code percentile} (0 to 99) falls in. */
	static String pick(List<Share> shares, long percentile) {
		long upTo = 0;
		for (var share : shares) {
			upTo += share.percent();
			if (percentile < upTo) {
				return share.value();
			}
		}
		throw new IllegalArgumentException("The shares add up to " + upTo + ", not past " + percentile);
	}

	private static String quoted(String percentile, List<Share> shares) {
		return choice(percentile, shares, "'");
	}

	/** A SQL case choosing the value whose share {@code percentile} falls in. */
	static String choice(String percentile, List<Share> shares, String quote) {
		int total = shares.stream().mapToInt(Share::percent).sum();
		if (total != 100) {
			throw new IllegalArgumentException("The shares add up to " + total + ", not 100");
		}
		int[] upTo = { 0 };
		return shares.stream().map(share -> {
			upTo[0] += share.percent();
			return "when " + percentile + " < " + upTo[0] + " then " + quote + share.value() + quote;
		}).collect(Collectors.joining(" ", "(case ", " end)"));
	}

	/** One value and the percentage of records that have it. */
	record Share(String value, int percent) {
	}

}
