package org.familymatters.plan.internal;

import java.util.Optional;

/** Where an action of a plan stands. */
public enum ActionStatus {

	NOT_STARTED("not_started", "Not started"), IN_PROGRESS("in_progress", "In progress"), DONE("done", "Done"),
	CANNOT_BE_DONE("cannot_be_done", "Cannot be done");

	private final String code;

	private final String label;

	ActionStatus(String code, String label) {
		this.code = code;
		this.label = label;
	}

	public String code() {
		return code;
	}

	public String label() {
		return label;
	}

	/** Whether the action still waits for someone (not started or in progress). */
	public boolean open() {
		return this == NOT_STARTED || this == IN_PROGRESS;
	}

	public static Optional<ActionStatus> ofCode(String code) {
		for (var status : values()) {
			if (status.code.equals(code)) {
				return Optional.of(status);
			}
		}
		return Optional.empty();
	}

}
