package org.familymatters.consent.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.familymatters.audit.Basis;
import org.familymatters.consent.FamilyAccessRefused;
import org.familymatters.consent.FamilyFacts;
import org.familymatters.identity.Role;
import org.familymatters.shared.security.CurrentUser;
import org.familymatters.shared.time.ServiceTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Why the access decision refused a family's record, in words a practitioner can act on
 * (no consent; consent withdrawn on a day; consent past its review date; an approval
 * ended on a day; a school with no pupil in the family), and who to ask: the family's key
 * worker, or its locality's support workers. Only those the decision could ever let see a
 * family (agency practitioners, safeguarding leads, support workers) are told more than
 * that their role does not allow it; the reasons name nothing the refusal's own audit
 * event does not.
 */
@Service
public class Refusals {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final JdbcClient jdbc;

	private final FamilyFacts families;

	private final CurrentUser currentUser;

	Refusals(JdbcClient jdbc, FamilyFacts families, CurrentUser currentUser) {
		this.jdbc = jdbc;
		this.families = families;
		this.currentUser = currentUser;
	}

	/** The refusal in words. */
	@Transactional(readOnly = true)
	public Refusal explain(FamilyAccessRefused refused) {
		var heading = refused.maySee() ? "You cannot change this family’s record"
				: "You cannot see this family’s record";
		boolean concerned = currentUser.hasAny(Role.AGENCY_PRACTITIONER, Role.SAFEGUARDING_LEAD, Role.SUPPORT_WORKER);
		if (!concerned) {
			return new Refusal(heading, List.of("Your role does not let you see or change families’ records."), null,
					null, null, false);
		}
		var family = families.family(refused.familyId());
		var reference = family.map(FamilyFacts.Family::reference).orElse(null);
		var why = new ArrayList<String>();
		boolean askLead = false;
		if (refused.maySee()) {
			why.add("You can see what the family’s consent or an approval to share without consent allows, "
					+ "but only the family’s support workers can change its record.");
		}
		else {
			var text = reason(refused);
			why.add(text.sentence());
			askLead = text.askLead() && currentUser.hasAny(Role.AGENCY_PRACTITIONER, Role.SUPPORT_WORKER);
		}
		var keyWorker = families.keyWorker(refused.familyId());
		String locality = family
			.flatMap(f -> jdbc.sql("select name from identity_locality where id = :id")
				.param("id", f.localityId())
				.query(String.class)
				.optional())
			.orElse(null);
		return new Refusal(heading, why, reference, keyWorker.orElse(null), locality, askLead);
	}

	private Reason reason(FamilyAccessRefused refused) {
		var reference = (refused.reference() != null) ? refused.reference() : "";
		if (refused.basis() == Basis.CONSENT && reference.startsWith("WITHDRAWN:")) {
			return consentDay(reference, "withdrawn_at")
				.map(day -> new Reason("The family withdrew their consent to share their information with your "
						+ "organisation on " + DAY.format(day) + ". From that moment nothing more is shared with you.",
						false))
				.orElseGet(this::noConsent);
		}
		if (refused.basis() == Basis.CONSENT && reference.startsWith("EXPIRED:")) {
			return consentDay(reference, "review_on")
				.map(day -> new Reason("The family’s consent to share their information with your organisation "
						+ "reached its review date on " + DAY.format(day)
						+ " and has not been given again. Nothing more is shared with you until it is.", false))
				.orElseGet(this::noConsent);
		}
		if (refused.basis() == Basis.SAFEGUARDING && reference.startsWith("ENDED:")) {
			return approvalEnd(reference)
				.map(day -> new Reason("The approval to share this family’s information "
						+ "with your organisation without consent ended on " + DAY.format(day) + ".", true))
				.orElseGet(this::noConsent);
		}
		return switch (reference) {
			case "NO_CONSENT_OR_SAFEGUARDING" -> noConsent();
			case "SCHOOL_WITHOUT_PUPILS" -> new Reason("A school sees a family only when one of its children goes "
					+ "to the school, and this family’s record names no child at yours.", false);
			case "SCHOOL_CONSENT_WITHOUT_IDENTITY" -> new Reason(
					"A school sees only who its pupils are, and the " + "family’s consent does not cover who they are.",
					false);
			case "CUSTODY_NOT_COVERED" -> new Reason("What the family’s consent, or an approval to share without "
					+ "consent, covers for your organisation does not include custody details, so you cannot see "
					+ "plans for a release.", false);
			case "ORGANISATION_INACTIVE" ->
				new Reason("Your organisation is marked as no longer active. Ask your administrator.", false);
			default -> reference.contains(Role.SUPPORT_WORKER.name())
					? new Reason("The family is kept by the support workers of another locality, and you are not its "
							+ "key worker.", false)
					: new Reason("Your role does not let you see or change families’ records.", false);
		};
	}

	private Reason noConsent() {
		return new Reason("The family has not consented to share their information with your organisation, and no "
				+ "designated safeguarding lead has approved sharing it without consent.", true);
	}

	private Optional<LocalDate> consentDay(String reference, String column) {
		return id(reference).flatMap(id -> jdbc.sql("select withdrawn_at, review_on from consent where id = :id")
			.param("id", id)
			.query((rs, n) -> {
				if ("withdrawn_at".equals(column)) {
					var withdrawn = rs.getTimestamp("withdrawn_at");
					return (withdrawn != null) ? withdrawn.toInstant().atZone(ServiceTime.ZONE).toLocalDate() : null;
				}
				var review = rs.getDate("review_on");
				return (review != null) ? review.toLocalDate() : null;
			})
			.optional());
	}

	private Optional<LocalDate> approvalEnd(String reference) {
		return id(reference).flatMap(id -> jdbc.sql("select ended_at, ends_on from safeguarding_request where id = :id")
			.param("id", id)
			.query((rs, n) -> {
				var ended = rs.getTimestamp("ended_at");
				return (ended != null) ? ended.toInstant().atZone(ServiceTime.ZONE).toLocalDate()
						: rs.getDate("ends_on").toLocalDate();
			})
			.optional());
	}

	private static Optional<UUID> id(String reference) {
		try {
			return Optional.of(UUID.fromString(reference.substring(reference.indexOf(':') + 1)));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/**
	 * A refusal in words.
	 *
	 * @param heading the page's heading
	 * @param why why, in a sentence or two each
	 * @param familyReference the family's reference, for the person to quote; null when
	 * they are told nothing about the family
	 * @param keyWorker the family's key worker, to ask; null when it has none, or the
	 * person is told nothing about the family
	 * @param locality the family's locality, whose support workers to ask when it has no
	 * key worker
	 * @param askLead whether to offer asking to share without consent
	 */
	public record Refusal(String heading, List<String> why, String familyReference, FamilyFacts.Contact keyWorker,
			String locality, boolean askLead) {
	}

	/** Why, and whether asking a lead could help. */
	private record Reason(String sentence, boolean askLead) {
	}

}
