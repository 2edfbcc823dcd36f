package org.familymatters.referral;

import java.io.Serial;
import java.util.List;

/** A referral that was not saved, and why: nothing of it is kept. */
public class ReferralRefused extends RuntimeException {

	@Serial
	private static final long serialVersionUID = 1L;

	private final transient List<ReferralProblem> problems;

	public ReferralRefused(List<ReferralProblem> problems) {
		super("Referral refused: " + problems);
		this.problems = List.copyOf(problems);
	}

	public List<ReferralProblem> problems() {
		return problems;
	}

}
