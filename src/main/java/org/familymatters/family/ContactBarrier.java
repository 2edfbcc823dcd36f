package org.familymatters.family;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Something that stands in the way of a family's contact with the person in custody, as
 * recorded on the family's record ({@link FamilyRecords#contactBarriers}).
 *
 * @param id the barrier
 * @param kind {@code distance}, {@code cost}, {@code child_wishes}, {@code restriction}
 * or {@code other}
 * @param label the kind in words, like "The cost"
 * @param details what the support worker wrote about it; null when nothing (never for
 * {@code other})
 * @param notedOn the day it was noted
 */
public record ContactBarrier(UUID id, String kind, String label, String details, LocalDate notedOn) {
}
