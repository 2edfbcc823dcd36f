package org.familymatters.network.internal;

import java.util.List;

import org.familymatters.audit.AuditAction;
import org.familymatters.audit.AuditActionCatalogue;

import org.springframework.stereotype.Component;

/**
 * What the network module records when a closed family's period ends and its rows are
 * made anonymous (ADR 0016, "Closed families across modules").
 */
public enum NetworkRetentionAudit implements AuditAction {

	/**
	 * Removed what networks' agendas and minutes say of a closed family after the
	 * retention period.
	 */
	NETWORK_CLOSED_FAMILY_ANONYMISED(
			"Removed what networks' agendas and minutes say of a closed family after the retention period");

	private final String description;

	NetworkRetentionAudit(String description) {
		this.description = description;
	}

	@Override
	public String description() {
		return description;
	}

	/** These actions, for the audit page. */
	@Component
	static class Catalogue implements AuditActionCatalogue {

		@Override
		public List<NetworkRetentionAudit> actions() {
			return List.of(values());
		}

	}

}
