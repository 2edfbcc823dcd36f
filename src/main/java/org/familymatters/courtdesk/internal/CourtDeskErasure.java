package org.familymatters.courtdesk.internal;

import java.util.Set;
import java.util.UUID;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.shared.privacy.ErasureApproved;
import org.familymatters.shared.privacy.PersonalDataErased;
import org.familymatters.shared.privacy.SubjectMatch;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The court desk module's part in carrying out a request to erase a person's data (ADR
 * 0018), on {@link ErasureApproved}: the contact details a volunteer took with the
 * person's agreement ({@code court_desk_contact_details}: name, phone, e-mail, best time)
 * are deleted where the name is one the person is known by and the phone number or e-mail
 * address is theirs (a volunteer always takes one or the other). The contact itself names
 * nobody and stays, so the court desk statistics do not change. Each contact's deletion
 * is audited as {@link CourtDeskAudit#COURT_DESK_DETAILS_ERASED}, basis SYSTEM
 * ({@code ERASURE:<request>}); the module answers with {@link PersonalDataErased}. Safe
 * to receive twice.
 */
@Component
class CourtDeskErasure {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	CourtDeskErasure(JdbcClient jdbc, AuditTrail audit, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.events = events;
	}

	@ApplicationModuleListener
	void erase(ErasureApproved approved) {
		var subject = approved.subject();
		var names = SubjectMatch.names(subject);
		var email = SubjectMatch.email(subject.email());
		var phone = SubjectMatch.phoneDigits(subject.phone());
		var contacts = (names.isEmpty() || (email == null && phone == null)) ? java.util.List.<UUID>of()
				: jdbc.sql("""
						delete from court_desk_contact_details
						where lower(given_name || ' ' || family_name) in (:names)
						  and ((cast(:email as text) is not null and lower(email) = :email)
						       or (cast(:phone as text) is not null and %s = :phone))
						returning contact_id
						""".formatted(SubjectMatch.phoneSql("phone")))
					.param("names", names.isEmpty() ? Set.of("") : names)
					.param("email", email)
					.param("phone", phone)
					.query(UUID.class)
					.list();
		audit.recordAll(contacts.stream()
			.map(id -> AuditEntry
				.allowed(CourtDeskAudit.COURT_DESK_DETAILS_ERASED, "court_desk_contact", id, Basis.SYSTEM,
						"ERASURE:" + approved.requestId())
				.withDetail("The contact's name, phone, e-mail and best time to call deleted"))
			.toList());
		var description = contacts.isEmpty() ? "Held no court desk contact details of the person."
				: "Contact details (name, phone, e-mail) deleted from %d court desk contact%s; the contacts, which name nobody, kept for the statistics."
					.formatted(contacts.size(), (contacts.size() == 1) ? "" : "s");
		events.publishEvent(new PersonalDataErased(approved.requestId(), "courtdesk", description));
	}

}
