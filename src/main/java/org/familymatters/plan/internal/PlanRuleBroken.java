package org.familymatters.plan.internal;

import java.io.Serial;

/** A change that breaks a rule of the plan the form should have caught. */
public class PlanRuleBroken extends RuntimeException {

	@Serial
	private static final long serialVersionUID = 1L;

	public PlanRuleBroken(String message) {
		super(message);
	}

}
