package org.familymatters.family.internal;

import java.util.List;

import org.familymatters.audit.AuditAction;
import org.familymatters.audit.AuditActionCatalogue;

import org.springframework.stereotype.Component;

/** What the family records module records in the audit trail. */
public enum FamilyAudit implements AuditAction {

	/** Downloaded an attachment. */
	ATTACHMENT_DOWNLOADED("Downloaded an attachment"),

	/** Attached a file to a family. */
	ATTACHMENT_UPLOADED("Attached a file to a family"),

	/** Recorded a custody episode. */
	CUSTODY_EPISODE_ADDED("Recorded a custody episode"),

	/** Changed a custody episode. */
	CUSTODY_EPISODE_CHANGED("Changed a custody episode"),

	/** Recorded a move of a person in custody to another prison. */
	CUSTODY_MOVE_RECORDED("Recorded a move of a person in custody to another prison"),

	/** Listed a locality's families. */
	FAMILIES_LISTED("Listed a locality's families"),

	/** Started a family record. */
	FAMILY_CREATED("Started a family record"),

	/** Changed a family's household. */
	FAMILY_HOUSEHOLD_CHANGED("Changed a family's household"),

	/** Merged two families. */
	FAMILY_MERGED("Merged two families"),

	/** Added people to a family. */
	FAMILY_PEOPLE_ADDED("Added people to a family"),

	/** Viewed a family's record. */
	FAMILY_VIEWED("Viewed a family's record"),

	/** Checked for people already on record. */
	LIKELY_MATCHES_CHECKED("Checked for people already on record"),

	/** Was shown someone of this family as a likely match. */
	LIKELY_MATCH_SHOWN("Was shown someone of this family as a likely match"),

	/** Searched the families shared with them. */
	SHARED_FAMILIES_SEARCHED("Searched the families shared with them"),

	/** Was shown a family shared with them, in a list. */
	SHARED_FAMILY_LISTED("Was shown a family shared with them, in a list"),

	/** Undid a merge. */
	MERGE_UNDONE("Undid a merge"),

	/** Added a person to a family. */
	PERSON_ADDED("Added a person to a family"),

	/** Changed a person. */
	PERSON_CHANGED("Changed a person"),

	/** Merged two people. */
	PERSON_MERGED("Merged two people"),

	/** Added to a family's timeline. */
	TIMELINE_ENTRY_ADDED("Added to a family's timeline"),

	/** Recorded a visit, family day, call or letter with the person in custody. */
	FAMILY_CONTACT_RECORDED("Recorded a family's contact with the person in custody"),

	/** Recorded a parenting programme session a parent attended. */
	PARENTING_SESSION_RECORDED("Recorded a parenting programme session"),

	/** Recorded what stands in the way of a family's contact. */
	CONTACT_BARRIER_RECORDED("Recorded what stands in the way of a family's contact"),

	/** Read what stands in the way of a family's contact, for another page. */
	CONTACT_BARRIERS_VIEWED("Read what stands in the way of a family's contact"),

	/** Viewed one child's timeline. */
	CHILD_TIMELINE_VIEWED("Viewed a child's timeline"),

	/**
	 * Read a family's record for a person's subject access package (basis ROLE, the
	 * request's id).
	 */
	SUBJECT_ACCESS_FAMILY_READ("Read a family's record for a subject access request"),

	/**
	 * Looked for a request's person among every family's people; a refusal is recorded on
	 * the request.
	 */
	SUBJECT_ACCESS_SEARCHED("Looked for the person a subject access request is about"),

	// What the family module records in the audit trail for requests to correct or erase
	// a person's data (ADR 0018); a correction itself is recorded as {@link
	// FamilyAudit#PERSON_CHANGED} or {@link FamilyAudit#FAMILY_HOUSEHOLD_CHANGED}, as
	// from the family's forms.
	/** Read the people confirmed for a request, to decide it. */
	PEOPLE_READ_FOR_REQUEST("Read the people confirmed for a request to correct or erase their data"),

	/** Made a person's details anonymous and deleted the family's files, on request. */
	FAMILY_PERSON_ERASED("Made a person's details anonymous on their request to erase their data"),

	// What the family module records in the audit trail about retention (issue 17): the
	// safeguarding holds that keep a closed family whole.
	/** Placed (or changed) a safeguarding hold on a family's record. */
	SAFEGUARDING_HOLD_PLACED("Placed a safeguarding hold on a family's record, keeping it whole"),

	/** Ended a safeguarding hold on a family's record. */
	SAFEGUARDING_HOLD_ENDED("Ended a safeguarding hold on a family's record");

	private final String description;

	FamilyAudit(String description) {
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
		public List<FamilyAudit> actions() {
			return List.of(values());
		}

	}

}
