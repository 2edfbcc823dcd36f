package org.familymatters.directory.api;

import java.io.OutputStream;
import java.util.UUID;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.directory.ServiceDetails;
import org.familymatters.directory.internal.DirectoryAudit;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The whole directory as one Open Referral UK page of whole services — every service,
 * whatever its status, as {@code /services/{id}} shows it — which
 * {@link OpenReferralImport} reads back.
 */
@Service
public class OpenReferralExport {

	private final JdbcClient jdbc;

	private final ServiceDetails details;

	private final JsonMapper json;

	private final AuditTrail audit;

	OpenReferralExport(JdbcClient jdbc, ServiceDetails details, JsonMapper json, AuditTrail audit) {
		this.jdbc = jdbc;
		this.details = details;
		this.json = json;
		this.audit = audit;
	}

	/** Writes the feed; returns how many services it holds. */
	@Transactional(readOnly = true)
	public int write(OutputStream out) {
		var ids = jdbc.sql("select id from dir_service order by name, id").query(UUID.class).list();
		var services = ids.stream().map(id -> details.find(id).map(OpenReferralJson::full).orElseThrow()).toList();
		json.writerWithDefaultPrettyPrinter()
			.writeValue(out, new OpenReferralJson.PageOf<>(services.size(), 1, 1, services.size(), true, true,
					services.isEmpty(), services));
		return services.size();
	}

	/** Records that the directory was exported, by whom. */
	@Transactional
	public void recordExport(int services) {
		audit.record(
				AuditEntry.allowed(DirectoryAudit.DIRECTORY_EXPORTED, "directory", null, Basis.ROLE, "ADMINISTRATOR")
					.withDetail(services + " services"));
	}

}
