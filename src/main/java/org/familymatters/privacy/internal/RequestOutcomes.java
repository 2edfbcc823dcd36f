package org.familymatters.privacy.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.shared.privacy.PersonalDataErased;
import org.familymatters.shared.privacy.PersonalDataRectified;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Records what each module did for an approved erasure or rectification
 * ({@link PersonalDataErased}, {@link PersonalDataRectified}) with the request, in
 * {@code privacy_request_outcome}: the request's page and the person's subject access
 * package show it. The first report of a module for a request is kept, so an event
 * delivered twice records once. Audited as {@link PrivacyAudit#PRIVACY_OUTCOME_RECORDED},
 * basis SYSTEM.
 */
@Component
class RequestOutcomes {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	RequestOutcomes(JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void erased(PersonalDataErased erased) {
		record(erased.requestId(), erased.module(), "ERASED", erased.description());
	}

	@ApplicationModuleListener
	void rectified(PersonalDataRectified rectified) {
		record(rectified.requestId(), rectified.module(), "RECTIFIED", rectified.description());
	}

	private void record(UUID requestId, String module, String kind, String description) {
		int added = jdbc.sql("""
				insert into privacy_request_outcome (request_id, module, kind, description, recorded_at)
				select :request, :module, :kind, :description, :at
				where exists (select 1 from privacy_request where id = :request)
				on conflict (request_id, module) do nothing
				""")
			.param("request", requestId)
			.param("module", module)
			.param("kind", kind)
			.param("description", description)
			.param("at", Timestamp.from(clock.instant()))
			.update();
		if (added > 0) {
			audit.record(
					AuditEntry
						.allowed(PrivacyAudit.PRIVACY_OUTCOME_RECORDED, "privacy_request", requestId, Basis.SYSTEM,
								"ERASURE_OUTCOME")
						.withDetail(module + ": " + description));
		}
	}

}
