package org.familymatters.family;

import java.util.UUID;

import org.familymatters.consent.Access;

/**
 * What a school's designated contact is shown of one pupil on its list of pupils
 * affected, as the access decision allows it: who the pupil is (name, school year, their
 * school) and whom to ask about the family (the key worker's name and e-mail address).
 * Nothing else of the family: no reference, no custody or offence details.
 *
 * @param familyId the family
 * @param personId the pupil
 * @param name their full name
 * @param schoolId their school
 * @param schoolYear their school year; null when not on record
 * @param keyWorkerName the family's key worker; null when it has none
 * @param keyWorkerEmail the key worker's e-mail address; null when none is on record
 * @param access what the access decision allowed, with its basis
 */
public record PupilRecord(UUID familyId, UUID personId, String name, UUID schoolId, String schoolYear,
		String keyWorkerName, String keyWorkerEmail, Access access) {
}
