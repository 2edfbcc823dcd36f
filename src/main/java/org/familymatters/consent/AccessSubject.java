package org.familymatters.consent;

import java.util.Map;
import java.util.UUID;

/**
 * The facts about a family the access decision needs, supplied by the module that keeps
 * families.
 *
 * @param familyId the family
 * @param localityId its locality
 * @param keyWorkerId its key worker, if it has one
 * @param schoolOfPupil each child's school (an organisation), for the children who have
 * one
 */
public record AccessSubject(UUID familyId, UUID localityId, UUID keyWorkerId, Map<UUID, UUID> schoolOfPupil) {
}
