package org.familymatters.plan.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A family's support plan, with its goals (each with its actions) and its reviews, newest
 * first.
 *
 * @param status {@code open} or {@code closed}
 * @param version what a change must carry: a change made from an older one is refused
 */
public record SupportPlan(UUID id, UUID familyId, UUID localityId, LocalDate startedOn, String status,
		LocalDate nextReviewOn, LocalDate closedOn, String closedReason, UUID closingAssessmentId, long version,
		List<Goal> goals, List<Review> reviews) {

	public boolean closed() {
		return "closed".equals(status);
	}

	/** Every action of the plan, goal by goal. */
	public List<Action> actions() {
		return goals.stream().flatMap(g -> g.actions().stream()).toList();
	}

	/** Whether the next review is due within {@code days} of {@code today}, or past. */
	public boolean reviewDue(LocalDate today, int days) {
		return !closed() && nextReviewOn != null && !nextReviewOn.isAfter(today.plusDays(days));
	}

	/** A goal of the plan, linked to the need area it answers. */
	public record Goal(UUID id, UUID needAreaId, String text, List<Action> actions) {
	}

	/**
	 * An action of a goal, owned by an organisation and optionally a person in it.
	 *
	 * @param aboutPersonId the person of the family it is about; null for the family
	 * @param statusReason why it cannot be done; null otherwise
	 * @param overdue due before today and still waiting
	 */
	public record Action(UUID id, UUID goalId, String description, UUID aboutPersonId, UUID ownerOrganisationId,
			String ownerOrganisationName, UUID ownerUserId, String ownerUserName, LocalDate dueOn, ActionStatus status,
			String statusReason, boolean overdue, List<Note> notes) {

		/**
		 * Due before {@code today} and still waiting (not done, and not "cannot be
		 * done").
		 */
		public static boolean dueBefore(ActionStatus status, LocalDate dueOn, LocalDate today) {
			return status.open() && dueOn.isBefore(today);
		}

		/** Who owns it, in words. */
		public String owner() {
			return (ownerUserName != null) ? ownerUserName + ", " + ownerOrganisationName : ownerOrganisationName;
		}

	}

	/** What happened to an action. */
	public record Note(Instant writtenAt, String writtenByName, ActionStatus status, String text) {
	}

	/** A review of the plan. */
	public record Review(UUID id, LocalDate reviewedOn, String attended, String whatChanged, LocalDate nextReviewOn,
			String recordedByName) {
	}

}
