package org.familymatters.bridges.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The pilot's report, counted from the referrals alone: by quarter of referral (January
 * to March, April to June, …), the people referred, the family homes agreed and found not
 * suitable, the accommodation on release, and the outcome at each follow-up. Every count
 * is shown through {@link #shown}: a count from 1 to 4 as {@value #FEWER_THAN}, so that
 * nobody can be recognised, on the page and in the download alike (as the outcomes report
 * does). Pure: a unit test checks the arithmetic.
 *
 * @param quarters each quarter that has a referral, earliest first
 */
public record PilotReport(List<Quarter> quarters) {

	/** The smallest count shown as a number. */
	public static final int THRESHOLD = 5;

	/** What a count from 1 to 4 says instead of its number. */
	public static final String FEWER_THAN = "fewer than 5";

	/** Counts the referrals, quarter by quarter. */
	public static PilotReport of(Collection<Referral> referrals) {
		var byQuarter = new TreeMap<String, Counting>();
		for (var referral : referrals) {
			var start = startOfQuarter(referral.referredOn());
			byQuarter.computeIfAbsent(start.toString(), key -> new Counting(start)).add(referral);
		}
		var quarters = new ArrayList<Quarter>();
		byQuarter.values().forEach(c -> quarters.add(c.quarter()));
		return new PilotReport(List.copyOf(quarters));
	}

	/** A count as it is shown: its number, or {@value #FEWER_THAN} when it is 1 to 4. */
	public static String shown(long count) {
		if (count < 0) {
			throw new IllegalArgumentException("A count is never negative: " + count);
		}
		return (count > 0 && count < THRESHOLD) ? FEWER_THAN : Long.toString(count);
	}

	/** The first day of the calendar quarter a day falls in. */
	public static LocalDate startOfQuarter(LocalDate day) {
		int firstMonth = ((day.getMonthValue() - 1) / 3) * 3 + 1;
		return LocalDate.of(day.getYear(), firstMonth, 1);
	}

	/** "January to March 2026". */
	public static String label(LocalDate start) {
		var end = start.plusMonths(2);
		return name(start) + " to " + name(end) + " " + start.getYear();
	}

	private static String name(LocalDate day) {
		var month = day.getMonth().name();
		return month.charAt(0) + month.substring(1).toLowerCase(java.util.Locale.ROOT);
	}

	/**
	 * What the report needs of one referral.
	 *
	 * @param referredOn the day of the referral
	 * @param home the family home's decision; null while undecided
	 * @param accommodation where they lived on release; null before release
	 * @param outcomes the outcomes recorded at the follow-ups
	 */
	public record Referral(LocalDate referredOn, HomeDecision home, Accommodation accommodation,
			Map<FollowUpPoint, FollowUpOutcome> outcomes) {
	}

	/**
	 * One quarter's counts, exact: show them only through {@link PilotReport#shown}.
	 *
	 * @param start its first day
	 * @param referred people referred in it
	 * @param homesAgreed family homes agreed
	 * @param homesNotSuitable family homes found not suitable
	 * @param onRelease accommodation on release, every kind (0 for none)
	 * @param followUps each follow-up's outcomes, every kind (0 for none)
	 */
	public record Quarter(LocalDate start, long referred, long homesAgreed, long homesNotSuitable,
			Map<Accommodation, Long> onRelease, Map<FollowUpPoint, Map<FollowUpOutcome, Long>> followUps) {

		public String label() {
			return PilotReport.label(start);
		}

		public String shownReferred() {
			return shown(referred);
		}

		public String shownAgreed() {
			return shown(homesAgreed);
		}

		public String shownNotSuitable() {
			return shown(homesNotSuitable);
		}

		public String shownOnRelease(Accommodation accommodation) {
			return shown(onRelease.get(accommodation));
		}

		public String shownOutcome(FollowUpPoint point, FollowUpOutcome outcome) {
			return shown(followUps.get(point).get(outcome));
		}

	}

	private static final class Counting {

		private final LocalDate start;

		private long referred;

		private long agreed;

		private long notSuitable;

		private final Map<Accommodation, Long> onRelease = new EnumMap<>(Accommodation.class);

		private final Map<FollowUpPoint, Map<FollowUpOutcome, Long>> followUps = new EnumMap<>(FollowUpPoint.class);

		Counting(LocalDate start) {
			this.start = start;
			for (var accommodation : Accommodation.values()) {
				onRelease.put(accommodation, 0L);
			}
			for (var point : FollowUpPoint.values()) {
				var outcomes = new EnumMap<FollowUpOutcome, Long>(FollowUpOutcome.class);
				for (var outcome : FollowUpOutcome.values()) {
					outcomes.put(outcome, 0L);
				}
				followUps.put(point, outcomes);
			}
		}

		void add(Referral referral) {
			referred++;
			if (referral.home() == HomeDecision.AGREED) {
				agreed++;
			}
			else if (referral.home() == HomeDecision.NOT_SUITABLE) {
				notSuitable++;
			}
			if (referral.accommodation() != null) {
				onRelease.merge(referral.accommodation(), 1L, Long::sum);
			}
			referral.outcomes().forEach((point, outcome) -> followUps.get(point).merge(outcome, 1L, Long::sum));
		}

		Quarter quarter() {
			var outcomes = new EnumMap<FollowUpPoint, Map<FollowUpOutcome, Long>>(FollowUpPoint.class);
			followUps.forEach((point, counts) -> outcomes.put(point, Map.copyOf(counts)));
			return new Quarter(start, referred, agreed, notSuitable, Map.copyOf(onRelease), Map.copyOf(outcomes));
		}

	}

}
