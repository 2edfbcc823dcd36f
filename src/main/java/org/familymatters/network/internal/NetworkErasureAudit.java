package org.familymatters.network.internal;

import java.util.List;

import org.familymatters.audit.AuditAction;
import org.familymatters.audit.AuditActionCatalogue;

import org.springframework.stereotype.Component;

/**
 * What the network module records when it erases a person's data on request (ADR 0018).
 */
public enum NetworkErasureAudit implements AuditAction {

	/**
	 * Took a person's name out of a network's agenda and minutes on their request to
	 * erase their data.
	 */
	NETWORK_TEXT_ERASED(
			"Took a person's name out of a network's agenda and minutes on their request to erase their data");

	private final String description;

	NetworkErasureAudit(String description) {
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
		public List<NetworkErasureAudit> actions() {
			return List.of(values());
		}

	}

}
