package org.familymatters.shared.generate;

import java.util.Locale;
import java.util.Optional;

/**
 * How much synthetic data {@code --generate} makes. {@link #NATIONAL} is England and
 * Wales over ten years (about 160,000 children a year have a parent in prison: seed 002);
 * {@link #REGION} the Thames Valley's share of it (about one in twenty-five);
 * {@link #DEMO} enough to click through every list on a laptop. Every count is in
 * proportion to the families, so each module sizes its own records from
 * {@link #families()}.
 */
public enum DataSize {

	/** 400 families: lists that page, and a load test's smoke run. */
	DEMO(400, 4),

	/** 40,000 families: one region over ten years. */
	REGION(40_000, 10),

	/** 1,000,000 families: the whole country over ten years. */
	NATIONAL(1_000_000, 40);

	private final int families;

	private final int localities;

	DataSize(int families, int localities) {
		this.families = families;
		this.localities = localities;
	}

	/**
	 * Families (each with 3 people on average: the person in custody, a carer, a child).
	 */
	public int families() {
		return this.families;
	}

	/**
	 * Localities the families are spread over (a region's are the demo localities; the
	 * country has more, which the identity module makes).
	 */
	public int localities() {
		return this.localities;
	}

	/** People: three per family. */
	public long people() {
		return 3L * this.families;
	}

	/** Custody episodes: one for every other family. */
	public long custodyEpisodes() {
		return this.families / 2;
	}

	/** Timeline entries: ten per family. */
	public long timelineEntries() {
		return 10L * this.families;
	}

	/** Court desk contacts: two per family. */
	public long courtDeskContacts() {
		return 2L * this.families;
	}

	/** Directory services: one for every twenty families. */
	public long directoryServices() {
		return Math.max(20, this.families / 20);
	}

	/** Audit events: twenty per family. */
	public long auditEvents() {
		return 20L * this.families;
	}

	/** Support workers: one for every forty families, so a caseload is about forty. */
	public int supportWorkers() {
		return Math.max(4, this.families / 40);
	}

	/** The size named, in any case. */
	public static Optional<DataSize> named(String name) {
		try {
			return Optional.of(valueOf(name.trim().toUpperCase(Locale.ROOT)));
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			return Optional.empty();
		}
	}

}
