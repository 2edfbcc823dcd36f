package org.familymatters.courtdesk.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.familymatters.training.Inductions;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A volunteer's readiness for court desk shifts, as {@link Readiness} judges it: their
 * induction from the training module ({@link Inductions}) and their latest background
 * check ({@link VolunteerChecks}).
 */
@Service
public class VolunteerReadiness {

	private final Inductions inductions;

	private final VolunteerChecks checks;

	VolunteerReadiness(Inductions inductions, VolunteerChecks checks) {
		this.inductions = inductions;
		this.checks = checks;
	}

	/** The volunteer's induction and latest check. */
	@Transactional(readOnly = true)
	public Readiness of(UUID volunteerId) {
		return new Readiness(inductions.completedOn(volunteerId), checks.latest(volunteerId));
	}

	/** The readiness of each of the volunteers, by volunteer. */
	@Transactional(readOnly = true)
	public Map<UUID, Readiness> ofEach(Collection<UUID> volunteerIds) {
		var inducted = inductions.completedOn(volunteerIds);
		var latest = checks.latestOfEach();
		var each = new HashMap<UUID, Readiness>();
		volunteerIds.forEach(id -> each.put(id,
				new Readiness(Optional.ofNullable(inducted.get(id)), Optional.ofNullable(latest.get(id)))));
		return each;
	}

	/** What stands between the volunteer and a shift on the day: nothing when ready. */
	@Transactional(readOnly = true)
	public List<Readiness.Problem> forShiftOn(UUID volunteerId, LocalDate shiftDay) {
		return of(volunteerId).forShiftOn(shiftDay, checks.today());
	}

	/** Today, in the service's time zone. */
	public LocalDate today() {
		return checks.today();
	}

	/** The induction sessions still to come, for a volunteer not inducted yet. */
	@Transactional(readOnly = true)
	public List<Inductions.UpcomingInduction> upcomingInductions() {
		return inductions.upcoming();
	}

}
