package org.familymatters.training.internal;

import java.util.List;
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
 * The training module's part in carrying out a request to erase a person's data (ADR
 * 0018), on {@link ErasureApproved}: the bookings made with the person's e-mail address
 * are made anonymous (name "Erased person", organisation "Erased", an address that
 * reaches nobody, the account link cleared) and their e-mailed links stop working. The
 * sector, role, seniority, attendance and the feedback scores stay, so the reach report
 * does not change. Audited per booking as {@link TrainingAudit#TRAINING_BOOKING_ERASED},
 * basis SYSTEM ({@code ERASURE:<request>}); the module answers with
 * {@link PersonalDataErased}. Safe to receive twice.
 */
@Component
class TrainingErasure {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	TrainingErasure(JdbcClient jdbc, AuditTrail audit, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.events = events;
	}

	@ApplicationModuleListener
	void erase(ErasureApproved approved) {
		var email = SubjectMatch.email(approved.subject().email());
		List<UUID> bookings = List.of();
		if (email != null) {
			bookings = jdbc.sql("""
					update training_booking set name = 'Erased person', organisation = 'Erased',
					       email = 'erased-' || id || '@erased.invalid', user_id = null, version = version + 1
					where lower(email) = :email
					returning id
					""").param("email", email).query(UUID.class).list();
		}
		if (!bookings.isEmpty()) {
			jdbc.sql("delete from training_booking_link where booking_id in (:ids)").param("ids", bookings).update();
			jdbc.sql("""
					update training_feedback set do_differently = null, comments = null
					where booking_id in (:ids)
					""").param("ids", bookings).update();
		}
		audit.recordAll(bookings.stream()
			.map(id -> AuditEntry.allowed(TrainingAudit.TRAINING_BOOKING_ERASED, "training_booking", id, Basis.SYSTEM,
					"ERASURE:" + approved.requestId()))
			.toList());
		var description = bookings.isEmpty() ? "Held no training booking of the person."
				: "%d training booking%s made anonymous (name, e-mail, organisation, written feedback); the sector, role and attendance kept for the reach report."
					.formatted(bookings.size(), (bookings.size() == 1) ? "" : "s");
		events.publishEvent(new PersonalDataErased(approved.requestId(), "training", description));
	}

}
