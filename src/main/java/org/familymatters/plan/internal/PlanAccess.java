package org.familymatters.plan.internal;

import java.util.UUID;

import org.familymatters.audit.AuditAction;
import org.familymatters.consent.Access;
import org.familymatters.consent.AccessDecision;
import org.familymatters.consent.FamilyFacts;
import org.familymatters.shared.web.NotFound;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The access decision for changes to a family's plan: only those who may change the
 * family (its locality's support workers and its key worker, basis ROLE); every answer is
 * audited as the change asked.
 */
@Component
class PlanAccess {

	private final FamilyFacts families;

	private final AccessDecision access;

	PlanAccess(FamilyFacts families, AccessDecision access) {
		this.families = families;
		this.access = access;
	}

	@Transactional
	Access requireChange(UUID familyId, AuditAction action) {
		return requireChange(familyId, action, null);
	}

	@Transactional
	Access requireChange(UUID familyId, AuditAction action, String detail) {
		var subject = families.subject(familyId).orElseThrow(() -> new NotFound("family", familyId));
		return access.require(subject, action, true, detail);
	}

	UUID localityOf(UUID familyId) {
		return families.family(familyId).orElseThrow(() -> new NotFound("family", familyId)).localityId();
	}

}
