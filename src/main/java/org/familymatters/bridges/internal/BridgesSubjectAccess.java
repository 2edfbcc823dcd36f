package org.familymatters.bridges.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.shared.privacy.DataSubject;
import org.familymatters.shared.privacy.PackageText;
import org.familymatters.shared.privacy.SubjectAccessField;
import org.familymatters.shared.privacy.SubjectAccessItem;
import org.familymatters.shared.privacy.SubjectAccessSection;
import org.familymatters.shared.privacy.SubjectAccessSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What Building Bridges holds about a person, for their subject access package (section
 * "Building Bridges"): the pilot's referrals of their families (by the family ids the
 * officer confirmed) — the reference and when it was made, what the family said about
 * having the person home, the decision on the family home with its reason, the council
 * referred to and its answer, the accommodation on release and the follow-ups. The
 * safeguarding check's assessment (domestic abuse, risk to children, licence conditions)
 * is shown only to the person referred, whose it is; to anyone else of the family it, and
 * who was referred, are redacted, and the check's decision and its day shown. Each
 * referral read is audited as {@link BridgesAudit#BRIDGES_SUBJECT_ACCESS_READ}, basis
 * ROLE, reference the request.
 */
@Component
public class BridgesSubjectAccess implements SubjectAccessSource {

	/** The section's title. */
	public static final String TITLE = "Building Bridges";

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	BridgesSubjectAccess(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@Override
	public int order() {
		return 720;
	}

	@Override
	@Transactional
	public List<SubjectAccessSection> find(DataSubject subject) {
		if (subject.familyIds().isEmpty()) {
			return List.of();
		}
		var found = jdbc.sql("""
				select r.id, r.reference, r.person_id, r.referred_on, r.family_answer, r.family_says, r.home_decision,
				       r.home_reason, r.home_decided_on, r.accommodation, r.released_on, c.decision, c.decided_at,
				       c.domestic_abuse, c.risk_to_children, c.licence_conditions, c.reason as check_reason,
				       h.council, h.referred_on as council_referred_on, h.answer, h.answered_on
				from bridges_referral r
				left join bridges_check c on c.referral_id = r.id
				left join bridges_housing_referral h on h.referral_id = r.id
				where r.family_id in (:families)
				order by r.referred_at, r.id
				""").param("families", subject.familyIds()).query((rs, n) -> {
			var id = rs.getObject("id", UUID.class);
			var reference = rs.getString("reference");
			boolean them = subject.personIds().contains(rs.getObject("person_id", UUID.class));
			var fields = new ArrayList<SubjectAccessField>();
			fields.add(SubjectAccessField.of("Reference", reference));
			fields
				.add(SubjectAccessField.of("Referred", PackageText.date(rs.getObject("referred_on", LocalDate.class))));
			fields.add(them ? SubjectAccessField.of("Who was referred", "You")
					: SubjectAccessField.redacted("Who was referred"));
			fields.add(SubjectAccessField.of("What the family said about having them home",
					label(FamilyAnswer.class, rs.getString("family_answer"), FamilyAnswer::label)));
			fields.add(SubjectAccessField.of("In the family's words", rs.getString("family_says")));
			var decision = rs.getString("decision");
			if (decision != null) {
				fields.add(SubjectAccessField.of("Safeguarding check",
						label(CheckDecision.class, decision, CheckDecision::label) + ", "
								+ PackageText.day(instant(rs.getTimestamp("decided_at")))));
				if (them) {
					fields.add(SubjectAccessField.of("Domestic abuse", rs.getString("domestic_abuse")));
					fields.add(SubjectAccessField.of("Risk to children", rs.getString("risk_to_children")));
					fields.add(SubjectAccessField.of("Licence conditions", rs.getString("licence_conditions")));
					fields.add(SubjectAccessField.of("Reason for the check's decision", rs.getString("check_reason")));
				}
				else {
					fields.add(SubjectAccessField.redacted("The safeguarding check's assessment"));
				}
			}
			fields.add(SubjectAccessField.of("The family home",
					label(HomeDecision.class, rs.getString("home_decision"), HomeDecision::label)));
			fields.add(SubjectAccessField.of("Why", rs.getString("home_reason")));
			fields.add(SubjectAccessField.of("Decided on",
					PackageText.date(rs.getObject("home_decided_on", LocalDate.class))));
			fields.add(SubjectAccessField.of("Council referred to", rs.getString("council")));
			fields.add(SubjectAccessField.of("Council referred on",
					PackageText.date(rs.getObject("council_referred_on", LocalDate.class))));
			fields.add(SubjectAccessField.of("The council's answer", rs.getString("answer")));
			fields.add(SubjectAccessField.of("Answered on",
					PackageText.date(rs.getObject("answered_on", LocalDate.class))));
			fields.add(SubjectAccessField.of("Accommodation on release",
					label(Accommodation.class, rs.getString("accommodation"), Accommodation::label)));
			fields.add(SubjectAccessField.of("Released on",
					PackageText.date(rs.getObject("released_on", LocalDate.class))));
			return new Found(id, reference, fields);
		}).list();
		if (found.isEmpty()) {
			return List.of();
		}
		var items = new ArrayList<SubjectAccessItem>();
		for (var referral : found) {
			var fields = new ArrayList<>(referral.fields());
			jdbc.sql("""
					select point, outcome, known_on from bridges_follow_up where referral_id = :id order by known_on
					""")
				.param("id", referral.id())
				.query((rs, n) -> SubjectAccessField.of(
						"Follow-up at " + label(FollowUpPoint.class, rs.getString("point"), FollowUpPoint::label),
						label(FollowUpOutcome.class, rs.getString("outcome"), FollowUpOutcome::label) + " (known "
								+ PackageText.date(rs.getObject("known_on", LocalDate.class)) + ")"))
				.list()
				.forEach(fields::add);
			items.add(new SubjectAccessItem("bridges_referral", referral.id().toString(),
					"Building Bridges referral " + referral.reference(),
					fields.stream()
						.filter(f -> f.isRedacted() || (f.value() != null && !f.value().isBlank()))
						.toList()));
		}
		audit.recordAll(found.stream()
			.map(r -> AuditEntry
				.allowed(BridgesAudit.BRIDGES_SUBJECT_ACCESS_READ, "bridges_referral", r.id(), Basis.ROLE,
						subject.requestId().toString())
				.withDetail(r.reference()))
			.toList());
		return List.of(new SubjectAccessSection("bridges", TITLE, items));
	}

	private static <E extends Enum<E>> String label(Class<E> type, String code, Function<E, String> label) {
		if (code == null) {
			return null;
		}
		try {
			return label.apply(Enum.valueOf(type, code.toUpperCase(Locale.ROOT)));
		}
		catch (IllegalArgumentException ex) {
			return code;
		}
	}

	private static Instant instant(java.sql.Timestamp at) {
		return (at != null) ? at.toInstant() : null;
	}

	private record Found(UUID id, String reference, List<SubjectAccessField> fields) {
	}

}
