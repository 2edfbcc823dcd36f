package org.familymatters.consent.internal.access;

import java.util.List;

import org.familymatters.consent.AccessSubject;

/**
 * Everything the access rule needs to answer for one family: who asks, the facts about
 * the family, and its consents and safeguarding approvals.
 *
 * @param viewer who asks
 * @param subject the family, as the module that keeps it describes it
 * @param consents the family's consents, whatever their state
 * @param approvals the family's approved safeguarding requests, whatever their end date
 */
public record AccessFacts(Viewer viewer, AccessSubject subject, List<ConsentFact> consents,
		List<ApprovalFact> approvals) {

	public AccessFacts {
		consents = List.copyOf(consents);
		approvals = List.copyOf(approvals);
	}

	/** The facts when consent and safeguarding cannot change the answer. */
	public static AccessFacts withoutSharing(Viewer viewer, AccessSubject subject) {
		return new AccessFacts(viewer, subject, List.of(), List.of());
	}

}
