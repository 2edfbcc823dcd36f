package org.familymatters.release.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
 * What release planning holds about a person, for their subject access package (section
 * "Release plans"): the release plans of their families (by the family ids the officer
 * confirmed). The person the plan is for sees all of it. Anyone else of the family sees
 * what is theirs — where the person will live when it is the family home, whether the
 * children live there, the family's view in their words, and their own agreement — and
 * the rest (the person released, another address, probation, money and identity
 * documents, the release day, other adults' agreement) is about someone else and is
 * redacted. Each plan read is audited as
 * {@link ReleaseAudit#RELEASE_SUBJECT_ACCESS_READ}, basis ROLE, reference the request.
 */
@Component
public class ReleaseSubjectAccess implements SubjectAccessSource {

	/** The section's title. */
	public static final String TITLE = "Release plans";

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	ReleaseSubjectAccess(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@Override
	public int order() {
		return 710;
	}

	@Override
	@Transactional
	public List<SubjectAccessSection> find(DataSubject subject) {
		if (subject.familyIds().isEmpty()) {
			return List.of();
		}
		var plans = jdbc
			.sql("""
					select p.id, p.person_id, p.started_on, p.living, p.address_line_1, p.address_line_2, p.town, p.postcode,
					       p.children_live_there, p.family_view, o.name as probation, p.probation_practitioner,
					       p.probation_contact, p.benefits, p.identity_documents, p.money_note, p.met_by, p.travel,
					       p.first_appointments
					from release_plan p left join identity_organisation o on o.id = p.probation_organisation_id
					where p.family_id in (:families)
					order by p.started_on, p.id
					""")
			.param("families", subject.familyIds())
			.query((rs, n) -> {
				var plan = new Plan(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
						rs.getObject("started_on", LocalDate.class));
				var them = subject.personIds().contains(plan.person());
				var living = rs.getString("living");
				var fields = new ArrayList<SubjectAccessField>();
				fields.add(SubjectAccessField.of("Started", PackageText.date(plan.startedOn())));
				fields.add(them ? SubjectAccessField.of("Who the plan is for", "You")
						: SubjectAccessField.redacted("Who the plan is for"));
				boolean familyHome = "family_home".equals(living);
				if (them || familyHome || living == null) {
					fields
						.add(SubjectAccessField.of("Where they will live", label(Living.class, living, Living::label)));
				}
				else {
					fields.add(SubjectAccessField.redacted("Where they will live"));
				}
				var address = String.join(", ",
						java.util.stream.Stream
							.of(rs.getString("address_line_1"), rs.getString("address_line_2"), rs.getString("town"),
									rs.getString("postcode"))
							.filter(part -> part != null && !part.isBlank())
							.toList());
				if (!address.isEmpty()) {
					fields
						.add(them ? SubjectAccessField.of("Address", address) : SubjectAccessField.redacted("Address"));
				}
				fields.add(SubjectAccessField.of("Whether the children live there",
						label(ChildrenLiving.class, rs.getString("children_live_there"), ChildrenLiving::label)));
				fields.add(SubjectAccessField.of("The family's view", rs.getString("family_view")));
				if (them) {
					fields.add(SubjectAccessField.of("Probation", rs.getString("probation")));
					fields.add(SubjectAccessField.of("Probation practitioner", rs.getString("probation_practitioner")));
					fields.add(SubjectAccessField.of("How to contact probation", rs.getString("probation_contact")));
					fields.add(SubjectAccessField.of("Benefits",
							label(Arrangement.class, rs.getString("benefits"), Arrangement::label)));
					fields.add(SubjectAccessField.of("Identity documents",
							label(Arrangement.class, rs.getString("identity_documents"), Arrangement::label)));
					fields.add(SubjectAccessField.of("Money", rs.getString("money_note")));
					fields.add(SubjectAccessField.of("Met on release by", rs.getString("met_by")));
					fields.add(SubjectAccessField.of("Travel", rs.getString("travel")));
					fields.add(SubjectAccessField.of("First appointments", rs.getString("first_appointments")));
				}
				else {
					fields.add(SubjectAccessField.redacted("Probation, money, identity documents and the release day"));
				}
				agreements(plan.id(), subject.personIds()).forEach(fields::add);
				return new Found(plan,
						new SubjectAccessItem("release_plan", plan.id().toString(),
								"Release plan started " + PackageText.date(plan.startedOn()),
								fields.stream()
									.filter(f -> f.isRedacted() || (f.value() != null && !f.value().isBlank()))
									.toList()));
			})
			.list();
		if (plans.isEmpty()) {
			return List.of();
		}
		audit.recordAll(plans.stream()
			.map(p -> AuditEntry.allowed(ReleaseAudit.RELEASE_SUBJECT_ACCESS_READ, "release_plan", p.plan().id(),
					Basis.ROLE, subject.requestId().toString()))
			.toList());
		return List.of(new SubjectAccessSection("release", TITLE, plans.stream().map(Found::item).toList()));
	}

	private List<SubjectAccessField> agreements(UUID planId, Set<UUID> them) {
		return jdbc
			.sql("select person_id, answer, note from release_plan_agreement where plan_id = :plan order by person_id")
			.param("plan", planId)
			.query((rs, n) -> {
				if (!them.contains(rs.getObject("person_id", UUID.class))) {
					return List.of(SubjectAccessField.redacted("Another adult's agreement"));
				}
				return List.of(
						SubjectAccessField.of("Your agreement",
								label(AdultAgreement.class, rs.getString("answer"), AdultAgreement::label)),
						SubjectAccessField.of("What you said", rs.getString("note")));
			})
			.list()
			.stream()
			.flatMap(List::stream)
			.toList();
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

	private record Plan(UUID id, UUID person, LocalDate startedOn) {
	}

	private record Found(Plan plan, SubjectAccessItem item) {
	}

}
