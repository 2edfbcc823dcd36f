package org.familymatters.privacy.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.identity.Role;
import org.familymatters.shared.privacy.DataSubject;
import org.familymatters.shared.privacy.SubjectAccessField;
import org.familymatters.shared.privacy.SubjectAccessItem;
import org.familymatters.shared.privacy.SubjectAccessSection;
import org.familymatters.shared.privacy.SubjectAccessSource;
import org.familymatters.shared.privacy.SubjectMatch;
import org.familymatters.shared.time.ServiceTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Your requests to us" in a person's subject access package: each request they made
 * about their data (the one being answered, and any other the officer confirmed was about
 * the same people, or made with the same e-mail address, or the same name and date of
 * birth), with its decision and reason and what each part of the service did when it was
 * carried out. Each request read is audited as
 * {@link PrivacyAudit#PRIVACY_REQUESTS_READ_FOR_ACCESS}, basis ROLE, the request being
 * answered as its reference.
 */
@Component
class RequestsSubjectAccess implements SubjectAccessSource {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final JdbcClient jdbc;

	private final RequestDecisions decisions;

	private final AuditTrail audit;

	RequestsSubjectAccess(JdbcClient jdbc, RequestDecisions decisions, AuditTrail audit) {
		this.jdbc = jdbc;
		this.decisions = decisions;
		this.audit = audit;
	}

	@Override
	public int order() {
		return 1000;
	}

	@Override
	@Transactional
	public List<SubjectAccessSection> find(DataSubject subject) {
		var email = SubjectMatch.email(subject.email());
		var names = SubjectMatch.names(subject);
		var people = subject.personIds().isEmpty() ? Set.of(new UUID(0, 0)) : subject.personIds();
		var requests = jdbc
			.sql("""
					select id, kind, received_on, due_on, status from privacy_request r
					where id = :request
					   or exists (select 1 from privacy_request_person p where p.request_id = r.id and p.person_id in (:people))
					   or (cast(:email as text) is not null and lower(email) = :email)
					   or (cast(:dob as date) is not null and date_of_birth = :dob
					       and lower(regexp_replace(btrim(full_name), '\\s+', ' ', 'g')) in (:names))
					order by received_on, recorded_at
					""")
			.param("request", subject.requestId())
			.param("people", people)
			.param("email", email)
			.param("dob", subject.dateOfBirth())
			.param("names", names.isEmpty() ? Set.of("") : names)
			.query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getString("kind"),
					rs.getObject("received_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
					rs.getString("status")))
			.list();
		if (requests.isEmpty()) {
			return List.of();
		}
		audit.recordAll(requests.stream()
			.map(r -> AuditEntry
				.allowed(PrivacyAudit.PRIVACY_REQUESTS_READ_FOR_ACCESS, "privacy_request", r.id(), Basis.ROLE,
						Role.DATA_PROTECTION_OFFICER.name())
				.withDetail("For request " + subject.requestId()))
			.toList());
		var items = requests.stream().map(this::item).toList();
		return List.of(new SubjectAccessSection("privacy", "Your requests to us", items));
	}

	private SubjectAccessItem item(Row row) {
		var fields = new ArrayList<SubjectAccessField>();
		fields.add(SubjectAccessField.of("What you asked", kind(row.kind())));
		fields.add(SubjectAccessField.of("Received", DAY.format(row.receivedOn())));
		fields.add(SubjectAccessField.of("Answer due by", DAY.format(row.dueOn())));
		fields.add(SubjectAccessField.of("Status", status(row.status())));
		decisions.decision(row.id()).ifPresent(d -> {
			fields.add(SubjectAccessField.of("Our decision",
					(d.outcome() == RequestDecisions.Outcome.CARRY_OUT) ? "Carried out" : "Refused"));
			fields.add(SubjectAccessField.of("Decided on",
					DAY.format(d.decidedAt().atZone(ServiceTime.ZONE).toLocalDate())));
			fields.add(SubjectAccessField.of("Reason", d.reason()));
			if (d.field() != null) {
				fields.add(SubjectAccessField.of("What was corrected", d.field().label()));
				fields.add(SubjectAccessField.of("Corrected to", (d.value() != null) ? d.value() : "(cleared)"));
			}
		});
		for (var outcome : decisions.outcomes(row.id())) {
			fields.add(SubjectAccessField.of("What was done: " + outcome.moduleLabel(), outcome.description()));
		}
		return new SubjectAccessItem("privacy_request", row.id().toString(),
				kind(row.kind()) + ", received " + DAY.format(row.receivedOn()), fields);
	}

	static String kind(String kind) {
		return switch (kind) {
			case "ACCESS" -> "To see your data";
			case "RECTIFICATION" -> "To correct your data";
			case "ERASURE" -> "To erase your data";
			default -> kind;
		};
	}

	static String status(String status) {
		return switch (status) {
			case "OPEN" -> "Being answered";
			case "ANSWERED" -> "Answered";
			case "REFUSED" -> "Refused";
			case "CLOSED" -> "Closed";
			default -> status;
		};
	}

	private record Row(UUID id, String kind, LocalDate receivedOn, LocalDate dueOn, String status) {
	}

}
