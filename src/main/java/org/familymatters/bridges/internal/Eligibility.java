package org.familymatters.bridges.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

/**
 * Who may be referred to Building Bridges: a person in custody at a prison of the pilot
 * whose family lives in the county paired with it, due for release (an expected release
 * date on record, not yet released), and not referred already. Pure: a unit test drives
 * every case.
 */
public final class Eligibility {

	private Eligibility() {
	}

	/**
	 * Why a custody episode cannot be referred; empty when it can.
	 * @param episode the custody episode's facts
	 * @param county the county of the family's locality
	 * @param pilots the pilot's pairs in force
	 * @param referred whether the episode is referred already
	 */
	public static Optional<Reason> whyNot(Episode episode, String county, Collection<Pair> pilots, boolean referred) {
		if (referred) {
			return Optional.of(Reason.ALREADY_REFERRED);
		}
		if (episode.releasedOn() != null) {
			return Optional.of(Reason.RELEASED);
		}
		if (pilot(episode, county, pilots).isEmpty()) {
			return Optional.of(Reason.NOT_IN_PILOT);
		}
		if (episode.expectedReleaseOn() == null) {
			return Optional.of(Reason.NO_EXPECTED_RELEASE);
		}
		return Optional.empty();
	}

	/** The pilot pair that covers the episode's prison and the family's county. */
	public static Optional<Pair> pilot(Episode episode, String county, Collection<Pair> pilots) {
		if (episode.prisonId() == null || county == null) {
			return Optional.empty();
		}
		return pilots.stream()
			.filter(p -> p.prisonId().equals(episode.prisonId()) && p.county().equalsIgnoreCase(county))
			.findFirst();
	}

	/**
	 * What the rule needs of a custody episode.
	 *
	 * @param prisonId where the person is held; null when not on record
	 * @param expectedReleaseOn when they are expected out; null when not known
	 * @param releasedOn when they were released; null while in custody
	 */
	public record Episode(UUID prisonId, LocalDate expectedReleaseOn, LocalDate releasedOn) {
	}

	/**
	 * A pair of the pilot in force.
	 *
	 * @param id the pair
	 * @param county the county whose families it covers
	 * @param prisonId the prison
	 */
	public record Pair(UUID id, String county, UUID prisonId) {
	}

	/** Why an episode cannot be referred. */
	public enum Reason {

		ALREADY_REFERRED("Referred to Building Bridges already"),

		RELEASED("Released already"),

		NOT_IN_PILOT("The pilot does not cover this prison for families in this county"),

		NO_EXPECTED_RELEASE("No expected release date on record: add it to the custody episode first");

		private final String label;

		Reason(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

}
