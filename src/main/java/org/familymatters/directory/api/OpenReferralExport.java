package org.familymatters.directory.api;

import java.io.OutputStream;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.directory.ServiceDetails;
import org.familymatters.directory.internal.DirectoryAudit;
import org.familymatters.directory.internal.OpenReferralStore;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The whole directory as one Open Referral UK page of whole services — every service,
 * whatever its status, as {@code /services/{id}} shows it — which
 * {@link org.familymatters.directory.internal.OpenReferralImport} reads back.
 */
@Service
public class OpenReferralExport {

	private final OpenReferralStore store;

	private final ServiceDetails details;

	private final JsonMapper json;

	private final AuditTrail audit;

	OpenReferralExport(OpenReferralStore store, ServiceDetails details, JsonMapper json, AuditTrail audit) {
		this.store = store;
		this.details = details;
		this.json = json;
		this.audit = audit;
	}

	/** Writes the feed; returns how many services it holds. */
	@Transactional(readOnly = true)
	public int write(OutputStream out) {
		var services = store.serviceIds()
			.stream()
			.map(id -> details.find(id).map(OpenReferralJson::full).orElseThrow())
			.toList();
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
