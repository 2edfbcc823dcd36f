package org.familymatters.consent.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import org.familymatters.consent.AccessDecision;
import org.familymatters.consent.FamilyFacts;
import org.familymatters.consent.InformationKind;
import org.familymatters.identity.OrganisationType;
import org.familymatters.shared.privacy.DataSubject;
import org.familymatters.shared.privacy.PackageWords;
import org.familymatters.shared.privacy.SubjectAccessField;
import org.familymatters.shared.privacy.SubjectAccessItem;
import org.familymatters.shared.privacy.SubjectAccessSection;
import org.familymatters.shared.privacy.SubjectAccessSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the consent module holds about a person, for their subject access package: the
 * consents of their families (who gave each is shown only when it was them), and the
 * requests to share their families' records without consent, with what was decided and
 * with which organisations, but not who asked, who decided, nor why: that is withheld
 * under the Data Protection Act 2018, schedule 3, part 3, paragraph 7 (social work data
 * whose disclosure would be likely to cause serious harm) and schedule 2, part 3,
 * paragraph 16 (information about other individuals) — ADR 0017. Each family read goes
 * through the access decision for the request and is audited
 * ({@code SUBJECT_ACCESS_CONSENTS_READ}, ROLE, the request's id).
 */
@Component
class ConsentSubjectAccess implements SubjectAccessSource {

	/** Why a safeguarding request's people and reasons are left out. */
	static final String SAFEGUARDING_EXEMPTION = "Withheld to protect a child's safety (Data Protection Act 2018, "
			+ "schedule 3, part 3, paragraph 7, and schedule 2, part 3, paragraph 16)";

	private final JdbcClient jdbc;

	private final FamilyFacts families;

	private final AccessDecision access;

	ConsentSubjectAccess(JdbcClient jdbc, FamilyFacts families, AccessDecision access) {
		this.jdbc = jdbc;
		this.families = families;
		this.access = access;
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRED)
	public List<SubjectAccessSection> find(DataSubject subject) {
		var consents = new ArrayList<SubjectAccessItem>();
		var requests = new ArrayList<SubjectAccessItem>();
		for (var familyId : subject.familyIds().stream().sorted().toList()) {
			var facts = families.subject(familyId);
			if (facts.isEmpty()) {
				continue;
			}
			access.requireForRequest(facts.get(), subject.requestId(), ConsentAudit.SUBJECT_ACCESS_CONSENTS_READ,
					"for the person's subject access package");
			var reference = families.references(List.of(familyId)).getOrDefault(familyId, "");
			consents.addAll(consents(familyId, reference, subject));
			requests.addAll(safeguarding(familyId, reference));
		}
		var sections = new ArrayList<SubjectAccessSection>();
		if (!consents.isEmpty()) {
			sections.add(new SubjectAccessSection("consent", "Consents", consents));
		}
		if (!requests.isEmpty()) {
			sections.add(new SubjectAccessSection("consent", "Requests to share without consent", requests));
		}
		return sections;
	}

	private List<SubjectAccessItem> consents(UUID familyId, String reference, DataSubject subject) {
		return jdbc
			.sql("""
					select c.id, c.giver_id, c.method, c.given_on, c.purpose, c.review_on, c.withdrawn_at,
					       array(select i.kind from consent_information i where i.consent_id = c.id order by i.kind) as kinds,
					       array(select coalesce(o.name, r.organisation_type) from consent_recipient r
					             left join identity_organisation o on o.id = r.organisation_id
					             where r.consent_id = c.id order by 1) as recipients
					from consent c where c.family_id = :family order by c.given_on, c.id
					""")
			.param("family", familyId)
			.query((rs, n) -> {
				boolean theirs = subject.personIds().contains(rs.getObject("giver_id", UUID.class));
				var fields = new ArrayList<SubjectAccessField>();
				fields.add(SubjectAccessField.of("Family", reference));
				fields.add(theirs ? SubjectAccessField.of("Given by", "You") : SubjectAccessField.redacted("Given by"));
				fields.add(SubjectAccessField.of("How", ConsentMethod.ofCode(rs.getString("method")).label()));
				fields.add(SubjectAccessField.of("Given on", PackageWords.date(rs.getDate("given_on").toLocalDate())));
				fields.add(SubjectAccessField.of("What for", rs.getString("purpose")));
				fields.add(SubjectAccessField.of("Information it covers", words(rs.getArray("kinds"), true)));
				fields.add(SubjectAccessField.of("Who may receive it", words(rs.getArray("recipients"), false)));
				var review = rs.getDate("review_on");
				fields.add(SubjectAccessField.of("Review date",
						(review != null) ? PackageWords.date(review.toLocalDate()) : "None"));
				var withdrawn = rs.getTimestamp("withdrawn_at");
				fields.add(SubjectAccessField.of("Withdrawn",
						(withdrawn != null) ? PackageWords.time(withdrawn.toInstant()) : "No"));
				return new SubjectAccessItem("consent", rs.getObject("id", UUID.class).toString(),
						"Consent given on " + PackageWords.date(rs.getDate("given_on").toLocalDate()), fields);
			})
			.list();
	}

	private List<SubjectAccessItem> safeguarding(UUID familyId, String reference) {
		return jdbc.sql("""
				select s.id, s.reference, s.requested_at, s.status, s.decided_at, s.ends_on, s.ended_at,
				       array(select o.name from identity_organisation o where o.id = any(s.organisation_ids)
				             order by o.name) as organisations
				from safeguarding_request s where s.family_id = :family order by s.requested_at, s.id
				""").param("family", familyId).query((rs, n) -> {
			var fields = new ArrayList<SubjectAccessField>();
			fields.add(SubjectAccessField.of("Family", reference));
			fields
				.add(SubjectAccessField.of("Asked on", PackageWords.time(rs.getTimestamp("requested_at").toInstant())));
			fields
				.add(SubjectAccessField.of("Organisations it would cover", words(rs.getArray("organisations"), false)));
			fields.add(SubjectAccessField.of("Outcome", outcome(rs.getString("status"))));
			fields.add(SubjectAccessField.of("Decided on", time(rs.getTimestamp("decided_at"))));
			var ends = rs.getDate("ends_on");
			fields.add(SubjectAccessField.of("Sharing ends on",
					(ends != null) ? PackageWords.date(ends.toLocalDate()) : null));
			fields.add(SubjectAccessField.of("Ended early on", time(rs.getTimestamp("ended_at"))));
			fields.add(new SubjectAccessField("Who asked, and why", null, SAFEGUARDING_EXEMPTION));
			fields.add(new SubjectAccessField("Who decided, and why", null, SAFEGUARDING_EXEMPTION));
			var heading = "Request to share without consent"
					+ ((rs.getString("reference") != null) ? " " + rs.getString("reference") : "");
			return new SubjectAccessItem("safeguarding_request", rs.getObject("id", UUID.class).toString(), heading,
					fields.stream().filter(f -> f.isRedacted() || f.value() != null).toList());
		}).list();
	}

	private static String outcome(String status) {
		return switch (status) {
			case "approved" -> "Approved: the organisations named could see the family's record";
			case "refused" -> "Refused";
			default -> "Waiting for a decision";
		};
	}

	private static String time(Timestamp at) {
		return (at != null) ? PackageWords.time(at.toInstant()) : null;
	}

	private static String words(Array array, boolean kinds) throws SQLException {
		if (array == null) {
			return "None";
		}
		var values = Arrays.stream((Object[]) array.getArray()).map(Object::toString).map(v -> {
			if (kinds) {
				return InformationKind.ofCode(v).label();
			}
			return isType(v) ? "Every " + OrganisationType.valueOf(v).label().toLowerCase(Locale.UK) : v;
		}).collect(Collectors.joining(", "));
		return values.isEmpty() ? "None" : values;
	}

	private static boolean isType(String value) {
		return Arrays.stream(OrganisationType.values()).anyMatch(t -> t.name().equals(value));
	}

}
