package org.familymatters.consent.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.familymatters.consent.internal.SafeguardingRequests;
import org.familymatters.shared.limits.PerUserLimit;
import org.familymatters.shared.web.FormCheck;

import org.springframework.validation.BindingResult;

/**
 * Checks what the safeguarding forms sent, field by field, with {@link FormCheck}: a
 * request to share without consent, and a designated safeguarding lead's decision.
 * Messages start {@code safeguarding.}.
 */
final class SafeguardingFormCheck {

	static final int REASON_MAX = 2000;

	static final int REFERENCE_MAX = 20;

	private SafeguardingFormCheck() {
	}

	/**
	 * The family a request names by its reference, found with {@code families}; null (and
	 * a problem on the field) when there is none, or when the user has looked up too many
	 * references lately.
	 */
	static UUID family(SafeguardingRequestForm form, Function<String, SafeguardingRequests.Lookup> families,
			BindingResult result) {
		var check = FormCheck.of(result, "safeguarding");
		var reference = check.requiredText("familyReference", form.getFamilyReference(), REFERENCE_MAX);
		if (reference == null) {
			return null;
		}
		var lookup = families.apply(reference);
		if (lookup.limited()) {
			check.reject("familyReference", "limit", lookup.limit(), lookup.per().toMinutes(),
					PerUserLimit.minutes(lookup.retryAfter()));
		}
		else if (lookup.family() == null) {
			check.reject("familyReference", "unknown");
		}
		return lookup.family();
	}

	/** The request's reason and the organisations it names, among those on record. */
	static Optional<Request> request(SafeguardingRequestForm form, Set<UUID> organisations, BindingResult result) {
		var check = FormCheck.of(result, "safeguarding");
		var reason = check.requiredText("reason", form.getReason(), REASON_MAX);
		var chosen = new LinkedHashSet<UUID>();
		for (var id : check.identifiers("organisationIds", form.getOrganisationIds())) {
			if (!organisations.contains(id)) {
				check.reject("organisationIds", "unknownChoice");
				break;
			}
			chosen.add(id);
		}
		if (chosen.isEmpty()) {
			check.reject("organisationIds", "required");
		}
		return check.failed() ? Optional.empty() : Optional.of(new Request(reason, chosen));
	}

	/**
	 * A lead's list's filters: which requests (waiting for a decision when none is
	 * chosen), and a locality among {@code localities} (the lead's); another locality is
	 * refused by its field.
	 */
	static SafeguardingRequests.QueueFilter queue(SafeguardingController.QueueForm form, Set<UUID> localities,
			BindingResult result) {
		var check = FormCheck.of(result, "safeguarding.queue");
		var show = check.choice("show", form.getShow(),
				value -> Arrays.stream(SafeguardingRequests.Show.values())
					.filter(s -> s.name().equalsIgnoreCase(value))
					.findFirst());
		var locality = check.identifier("locality", form.getLocality());
		if (locality != null && !localities.contains(locality)) {
			check.reject("locality", "notYours");
			locality = null;
		}
		return new SafeguardingRequests.QueueFilter((show != null) ? show : SafeguardingRequests.Show.WAITING,
				locality);
	}

	/**
	 * A lead's decision: approve (until an end date, not before {@code today} and not
	 * after {@code latest}) or refuse, with the reason either way. The end date is read
	 * only for an approval.
	 */
	static Optional<Decision> decision(SafeguardingDecisionForm form, LocalDate today, LocalDate latest,
			BindingResult result) {
		var check = FormCheck.of(result, "safeguarding");
		var decision = check.requiredChoice("decision", form.getDecision(),
				value -> Optional.of(value).filter(v -> v.equals("approve") || v.equals("refuse")));
		var reason = check.text("reason", form.getReason(), REASON_MAX);
		if (reason == null) {
			check.reject("reason", "safeguarding.decisionReason.required");
		}
		LocalDate endsOn = null;
		boolean approve = "approve".equals(decision);
		if (approve) {
			endsOn = check.requiredDate("endsOn", form.getEndsOn());
			if (endsOn != null && endsOn.isBefore(today)) {
				check.reject("endsOn", "past");
			}
			if (endsOn != null && endsOn.isAfter(latest)) {
				check.reject("endsOn", "tooFar", latest.format(SafeguardingController.DAY));
			}
		}
		return check.failed() ? Optional.empty() : Optional.of(new Decision(approve, reason, endsOn));
	}

	/** What a request asks: why, and for which organisations. */
	record Request(String reason, Set<UUID> organisations) {
	}

	/** What a lead decided: to approve (until {@code endsOn}) or refuse, and why. */
	record Decision(boolean approve, String reason, LocalDate endsOn) {
	}

}
