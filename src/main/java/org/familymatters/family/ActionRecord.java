package org.familymatters.family;

import java.time.LocalDate;
import java.util.UUID;

import org.familymatters.consent.Access;

/**
 * The minimum of a family's record the owner of one of its plan's actions needs to do it
 * (the ACTION basis): the family's reference, the person the action is about (if any:
 * name, date of birth, school year), and whom to ask (the key worker's name and e-mail
 * address). Nothing else of the family.
 *
 * @param familyId the family
 * @param reference its reference, like FM-000012
 * @param about the person the action is about; null when it is about the family
 * @param keyWorker whom to ask; null when the family has no key worker
 * @param access what the access decision allowed, with its basis
 */
public record ActionRecord(UUID familyId, String reference, AboutPerson about, Contact keyWorker, Access access) {

	/**
	 * The person an action is about.
	 *
	 * @param id the person
	 * @param name their full name
	 * @param dateOfBirth their date of birth, if on record
	 * @param schoolYear their school year, if on record
	 */
	public record AboutPerson(UUID id, String name, LocalDate dateOfBirth, String schoolYear) {
	}

	/**
	 * Whom to ask about the family.
	 *
	 * @param name their name
	 * @param email their e-mail address; null when none is on record
	 */
	public record Contact(String name, String email) {
	}

}
