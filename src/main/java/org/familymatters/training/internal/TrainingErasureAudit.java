package org.familymatters.training.internal;

import java.util.List;

import org.familymatters.audit.AuditAction;
import org.familymatters.audit.AuditActionCatalogue;

import org.springframework.stereotype.Component;

/**
 * What the training module records when it erases a person's data on request (ADR 0018).
 */
public enum TrainingErasureAudit implements AuditAction {

	/** Made a training booking anonymous on the person's request to erase their data. */
	TRAINING_BOOKING_ERASED("Made a training booking anonymous on the person's request to erase their data");

	private final String description;

	TrainingErasureAudit(String description) {
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
		public List<TrainingErasureAudit> actions() {
			return List.of(values());
		}

	}

}
