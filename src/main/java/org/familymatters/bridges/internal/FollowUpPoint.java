package org.familymatters.bridges.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The follow-ups after release: 4 weeks (28 days), 3 months and 6 months after the
 * release day. Each is due from that day until its outcome is recorded. Pure.
 */
public enum FollowUpPoint {

	FOUR_WEEKS("4 weeks", "4-week"),

	THREE_MONTHS("3 months", "3-month"),

	SIX_MONTHS("6 months", "6-month");

	private final String label;

	private final String adjective;

	FollowUpPoint(String label, String adjective) {
		this.label = label;
		this.adjective = adjective;
	}

	/** "4 weeks". */
	public String label() {
		return label;
	}

	/** "4-week", as in "the 4-week outcome". */
	public String adjective() {
		return adjective;
	}

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The follow-up a path or form names ({@code four_weeks}, in any case); empty for
	 * none.
	 */
	public static Optional<FollowUpPoint> find(String code) {
		if (code == null) {
			return Optional.empty();
		}
		for (var point : values()) {
			if (point.code().equalsIgnoreCase(code.strip())) {
				return Optional.of(point);
			}
		}
		return Optional.empty();
	}

	/** The day this follow-up falls due after a release on {@code releasedOn}. */
	public LocalDate dueOn(LocalDate releasedOn) {
		return switch (this) {
			case FOUR_WEEKS -> releasedOn.plusDays(28);
			case THREE_MONTHS -> releasedOn.plusMonths(3);
			case SIX_MONTHS -> releasedOn.plusMonths(6);
		};
	}

	/**
	 * The follow-ups due {@code today} after a release on {@code releasedOn}: those whose
	 * day has come and whose outcome is not yet recorded, earliest first. None before
	 * release.
	 */
	public static List<FollowUpPoint> due(LocalDate releasedOn, Collection<FollowUpPoint> recorded, LocalDate today) {
		if (releasedOn == null) {
			return List.of();
		}
		return List.of(values())
			.stream()
			.filter(point -> !point.dueOn(releasedOn).isAfter(today))
			.filter(point -> !recorded.contains(point))
			.toList();
	}

}
