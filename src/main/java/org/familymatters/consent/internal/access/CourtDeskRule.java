package org.familymatters.consent.internal.access;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.stream.Collectors;

import org.familymatters.audit.Basis;
import org.familymatters.consent.Access;
import org.familymatters.consent.CourtDeskContactSubject;
import org.familymatters.consent.InformationKind;
import org.familymatters.identity.Role;

/**
 * Who may see a court desk contact (ADR 0006), from the facts and a moment alone: a court
 * desk coordinator sees every contact; a volunteer sees only a contact they recorded
 * themselves, at the court they work at now, met within the last {@link #WINDOW 14 days};
 * nobody else sees any. Nobody may change a contact through this rule.
 */
public final class CourtDeskRule {

	/** How long a volunteer keeps sight of the contacts they recorded. */
	public static final Duration WINDOW = Duration.ofDays(14);

	private CourtDeskRule() {
	}

	/** What the viewer may see of the contact at the moment {@code now}. */
	public static Access decide(Viewer viewer, CourtDeskContactSubject subject, Instant now) {
		if (!viewer.signedIn()) {
			return AccessRule.refused(Basis.ROLE, "anonymous");
		}
		if (viewer.holds(Role.COURT_DESK_COORDINATOR)) {
			return seen(Role.COURT_DESK_COORDINATOR);
		}
		if (!viewer.holds(Role.VOLUNTEER)) {
			return AccessRule.refused(Basis.ROLE,
					viewer.roles().stream().map(Role::name).sorted().collect(Collectors.joining(",")));
		}
		if (!viewer.id().equals(subject.recordedBy())) {
			return AccessRule.refused(Basis.ROLE, "VOLUNTEER:NOT_RECORDED_BY_THEM");
		}
		if (!subject.courtId().equals(subject.viewerCourtId())) {
			return AccessRule.refused(Basis.ROLE, "VOLUNTEER:OTHER_COURT");
		}
		if (subject.occurredAt().isBefore(now.minus(WINDOW))) {
			return AccessRule.refused(Basis.ROLE, "VOLUNTEER:OLDER_THAN_14_DAYS");
		}
		return seen(Role.VOLUNTEER);
	}

	private static Access seen(Role role) {
		return new Access(true, Basis.ROLE, role.name(), EnumSet.allOf(InformationKind.class), null, false);
	}

}
