package org.familymatters.network.internal;

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
 * The network module's part in carrying out a request to erase a person's data (ADR
 * 0018), on {@link ErasureApproved}: the person's names are taken out of the agenda items
 * raised about their families and of every version of the minutes of those items,
 * published ones too (erasure is the one change a published version takes; the version's
 * number and dates stay). Items, attendance and agreed actions stay for the network's
 * records. Audited per family as {@link NetworkAudit#NETWORK_TEXT_ERASED}, basis SYSTEM
 * ({@code ERASURE:<request>}); the module answers with {@link PersonalDataErased}. Safe
 * to receive twice.
 */
@Component
class NetworkErasure {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	NetworkErasure(JdbcClient jdbc, AuditTrail audit, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.events = events;
	}

	@ApplicationModuleListener
	void erase(ErasureApproved approved) {
		var subject = approved.subject();
		var families = subject.familyIds();
		int texts = 0;
		if (!families.isEmpty()) {
			var names = subject.names();
			var params = Map.of("families", families);
			texts += TextErasure.redact(jdbc, "network_agenda_item", "title", "family_id in (:families)", params,
					names);
			texts += TextErasure.redact(jdbc, "network_agenda_item", "summary", "family_id in (:families)", params,
					names);
			texts += TextErasure.redact(jdbc, "network_minute", "text",
					"item_id in (select id from network_agenda_item where family_id in (:families))", params, names);
		}
		if (texts > 0) {
			int changed = texts;
			audit.recordAll(families.stream()
				.map(id -> AuditEntry
					.allowed(NetworkAudit.NETWORK_TEXT_ERASED, "family", id, Basis.SYSTEM,
							"ERASURE:" + approved.requestId())
					.withDetail(changed + " texts changed"))
				.toList());
		}
		var description = (texts == 0) ? "No network agenda or minutes named the person."
				: "The person's name taken out of %d agenda item%s and minutes about their families.".formatted(texts,
						(texts == 1) ? "" : "s");
		events.publishEvent(new PersonalDataErased(approved.requestId(), "network", description));
	}

}
