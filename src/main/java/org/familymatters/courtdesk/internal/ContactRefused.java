package org.familymatters.courtdesk.internal;

import java.io.Serial;
import java.util.List;

/** A contact that was not saved, and why: nothing of it is kept. */
public class ContactRefused extends RuntimeException {

	@Serial
	private static final long serialVersionUID = 1L;

	private final transient List<ContactProblem> problems;

	public ContactRefused(List<ContactProblem> problems) {
		super("Court desk contact refused: " + problems);
		this.problems = List.copyOf(problems);
	}

	public List<ContactProblem> problems() {
		return problems;
	}

}
