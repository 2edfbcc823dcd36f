package org.familymatters.shared.privacy;

import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * What the service's pages promise about how long it keeps things, written from the
 * retention schedule in force ({@link RetentionSchedule}) so that a page never says a
 * period the nightly run does not keep. Pages read it as {@code @retentionPromises}: the
 * privacy notice lists {@link #all()}; the self-referral start page, the court desk's
 * consent wording, the training booking form and the consent form say
 * {@link #period(RetentionKind)} of the kind they collect.
 */
@Component("retentionPromises")
public class RetentionPromises {

	private final RetentionSchedule schedule;

	RetentionPromises(RetentionSchedule schedule) {
		this.schedule = schedule;
	}

	/** The period in force for a kind, in words: "12 months", "6 years". */
	public String period(RetentionKind kind) {
		return RetentionPeriods.inWords(schedule.months(kind));
	}

	/** Every kind of the schedule with its period in force, in the schedule's order. */
	public List<RetentionPromise> all() {
		return Arrays.stream(RetentionKind.values()).map(kind -> new RetentionPromise(kind, period(kind))).toList();
	}

	/** One kind of record and how long it is kept now. */
	public record RetentionPromise(RetentionKind kind, String period) {

		public String label() {
			return kind.label();
		}

		/** What starts the period, in words that follow "counted from". */
		public String startsFrom() {
			return kind.startsFrom();
		}

		/** What happens when the period ends: "deleted" or "made anonymous". */
		public String action() {
			return kind.action().words();
		}

		public String basis() {
			return kind.basis();
		}

	}

}
