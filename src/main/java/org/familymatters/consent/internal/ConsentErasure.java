package org.familymatters.consent.internal;

import java.util.Map;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.shared.privacy.ErasureApproved;
import org.familymatters.shared.privacy.PersonalDataErased;
import org.familymatters.shared.privacy.TextErasure;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The consent module's part in carrying out a request to erase a person's data (ADR
 * 0018), on {@link ErasureApproved}. The fact of a consent is kept (who gave it is the
 * family module's person, made anonymous there; what it covered, for whom and when stay,
 * since the service must be able to show what it shared and on what basis: UK GDPR
 * article 7(1), 17(3)(e)), and so is every request to share without consent
 * (safeguarding, 17(3)(b)); the person's names are taken out of their free text (a
 * consent's purpose, witness and withdrawal note; a request's reason and decision). Each
 * family changed is audited as {@link ConsentAudit#CONSENT_TEXT_ERASED}, basis SYSTEM
 * ({@code ERASURE:<request>}); the module answers with {@link PersonalDataErased}. Safe
 * to receive twice.
 */
@Component
class ConsentErasure {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	ConsentErasure(JdbcClient jdbc, AuditTrail audit, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.events = events;
	}

	@ApplicationModuleListener
	void erase(ErasureApproved approved) {
		var subject = approved.subject();
		var families = subject.familyIds();
		if (families.isEmpty()) {
			events.publishEvent(new PersonalDataErased(approved.requestId(), "consent",
					"Held no consent or request to share about the person's families."));
			return;
		}
		var names = subject.names();
		var params = Map.of("families", families);
		int texts = 0;
		for (var column : new String[] { "purpose", "witness", "withdrawal_note" }) {
			texts += TextErasure.redact(jdbc, "consent", column, "family_id in (:families)", params, names);
		}
		for (var column : new String[] { "reason", "decision_reason" }) {
			texts += TextErasure.redact(jdbc, "safeguarding_request", column, "family_id in (:families)", params,
					names);
		}
		long given = subject.personIds().isEmpty() ? 0
				: jdbc.sql("select count(*) from consent where giver_id in (:people)")
					.param("people", subject.personIds())
					.query(Long.class)
					.single();
		if (texts > 0) {
			int changed = texts;
			audit.recordAll(families.stream()
				.map(id -> AuditEntry
					.allowed(ConsentAudit.CONSENT_TEXT_ERASED, "family", id, Basis.SYSTEM,
							"ERASURE:" + approved.requestId())
					.withDetail(changed + " texts changed"))
				.toList());
		}
		events.publishEvent(new PersonalDataErased(approved.requestId(), "consent", ("%d consent%s given by the person "
				+ "kept as the record of what was shared and on what basis, with their name gone from the family record; "
				+ "their name taken out of %d text%s of consents and requests to share without consent.")
			.formatted(given, (given == 1) ? "" : "s", texts, (texts == 1) ? "" : "s")));
	}

}
