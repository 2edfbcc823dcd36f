package org.familymatters.shared.privacy;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The point before which a kind's records are due: those whose period started before
 * {@code before} (the start of the day {@code months} before {@code today}, in the
 * service's time zone).
 *
 * @param today the day of the run, by the service's clock
 * @param months the period set for the kind
 * @param before records whose period started before this are due
 */
public record RetentionCutoff(LocalDate today, int months, Instant before) {
}
