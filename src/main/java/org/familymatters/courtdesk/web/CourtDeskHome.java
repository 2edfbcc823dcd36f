package org.familymatters.courtdesk.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import org.familymatters.courtdesk.internal.Court;
import org.familymatters.courtdesk.internal.CourtDeskStatistics;
import org.familymatters.courtdesk.internal.CourtDeskStatistics.Report;
import org.familymatters.courtdesk.internal.CourtVolunteers;
import org.familymatters.courtdesk.internal.Courts;
import org.familymatters.courtdesk.internal.Measure;
import org.familymatters.courtdesk.internal.Rota;
import org.familymatters.courtdesk.internal.RotaSession;
import org.familymatters.courtdesk.internal.Shifts;
import org.familymatters.courtdesk.internal.StatisticsPeriod;
import org.familymatters.identity.Role;
import org.familymatters.shared.security.CurrentUser;
import org.familymatters.shared.security.SignedInUser;
import org.familymatters.shared.web.HomeContribution;
import org.familymatters.shared.web.HomeSection;

import org.springframework.stereotype.Component;

/**
 * What the court desks put on a person's home page. A volunteer: their next shift (date,
 * time, court) with a large "Record a contact", the page's main action, and the sessions
 * at their court in the next two weeks that still need volunteers. A court desk
 * coordinator: the sessions in the next four weeks that need volunteers, a section per
 * court, each linking to the session on the rota. A manager: the statistics of the last
 * twelve months as the statistics page shows them to a manager (1 to 4 as "fewer than
 * 5").
 */
@Component
class CourtDeskHome implements HomeContribution {

	/** The sessions listed in a section; the rota or the shifts page has the rest. */
	static final int SHOWN = 5;

	/** How far ahead a coordinator's gaps are counted. */
	static final int COORDINATOR_DAYS = 28;

	/**
	 * How far ahead a volunteer is shown the shifts at their court that need volunteers.
	 */
	static final int VOLUNTEER_DAYS = 14;

	private final CurrentUser currentUser;

	private final Shifts shifts;

	private final Rota rota;

	private final CourtVolunteers volunteers;

	private final Courts courts;

	private final CourtDeskStatistics statistics;

	private final Clock clock;

	CourtDeskHome(CurrentUser currentUser, Shifts shifts, Rota rota, CourtVolunteers volunteers, Courts courts,
			CourtDeskStatistics statistics, Clock clock) {
		this.currentUser = currentUser;
		this.shifts = shifts;
		this.rota = rota;
		this.volunteers = volunteers;
		this.courts = courts;
		this.statistics = statistics;
		this.clock = clock;
	}

	@Override
	public List<HomeSection> sections(SignedInUser user) {
		var sections = new ArrayList<HomeSection>();
		if (currentUser.has(Role.VOLUNTEER)) {
			sections.addAll(volunteer(user));
		}
		if (currentUser.has(Role.COURT_DESK_COORDINATOR)) {
			sections.addAll(coordinator());
		}
		if (currentUser.has(Role.MANAGER)) {
			sections.add(manager());
		}
		return sections;
	}

	private List<HomeSection> volunteer(SignedInUser user) {
		var court = volunteers.courtOf(user.id()).flatMap(courts::find);
		if (court.isEmpty()) {
			return List.of(new HomeSection("Your court desk", null,
					"You do not work at a court yet. Ask your court desk coordinator to set the court you work at: "
							+ "then you can sign up for shifts and record contacts there.",
					List.of(), List.of(HomeSection.Action.link("Your shifts", "/court-desk/shifts")), 20));
		}
		var next = shifts.next(user.id());
		var sections = new ArrayList<HomeSection>();
		sections.add(new HomeSection("Your next shift", null,
				next.isPresent() ? null : "You are not signed up for a shift yet.",
				next.map(s -> List.of(new HomeSection.Item(when(s), "/court-desk/shifts/" + s.id(), null)))
					.orElse(List.of()),
				List.of(HomeSection.Action.button("Record a contact", "/court-desk/contacts/new"),
						HomeSection.Action.link("Your shifts", "/court-desk/shifts"),
						HomeSection.Action.link("Contacts you recorded", "/court-desk/contacts")),
				20));
		var gaps = shifts.gapsAtCourtOf(user.id(), rota.today().plusDays(VOLUNTEER_DAYS));
		if (!gaps.isEmpty()) {
			sections.add(new HomeSection("Shifts at " + court.get().name() + " that need volunteers", gaps.size(),
					"In the next 2 weeks.",
					gaps.stream()
						.limit(SHOWN)
						.map(s -> new HomeSection.Item(day(s), "/court-desk/shifts/" + s.id(), s.gap()))
						.toList(),
					List.of(HomeSection.Action.link("Sign up on your shifts page", "/court-desk/shifts")), 21));
		}
		return sections;
	}

	private List<HomeSection> coordinator() {
		var gaps = rota.gaps(null, rota.now(), rota.today().plusDays(COORDINATOR_DAYS));
		if (gaps.isEmpty()) {
			return List.of(new HomeSection("Sessions that need volunteers", 0,
					"Every session on the rota in the next 4 weeks has the volunteers it needs.", List.of(),
					List.of(HomeSection.Action.link("The rota", "/court-desk/rota"),
							HomeSection.Action.link("Add a session", "/court-desk/rota/new")),
					30));
		}
		var byCourt = new LinkedHashMap<Court, List<RotaSession>>();
		gaps.stream()
			.sorted((a, b) -> a.courtName().compareToIgnoreCase(b.courtName()))
			.forEach(s -> byCourt.computeIfAbsent(courts.find(s.courtId()).orElseThrow(), court -> new ArrayList<>())
				.add(s));
		var sections = new ArrayList<HomeSection>();
		byCourt.forEach((court, sessions) -> {
			var rotaOfCourt = Lists.address("/court-desk/rota", court.id(), RotaController.GAPS);
			var more = (sessions.size() > SHOWN) ? "All " + sessions.size() + " at " + court.name() + " on the rota"
					: court.name() + " on the rota";
			sections.add(new HomeSection(court.name() + ": sessions that need volunteers", sessions.size(),
					"In the next 4 weeks. Open a session to put a volunteer on it.",
					sessions.stream()
						.limit(SHOWN)
						.map(s -> new HomeSection.Item(day(s), "/court-desk/rota/" + s.id(), s.gap()))
						.toList(),
					List.of(HomeSection.Action.link(more, rotaOfCourt)), 30 + sections.size()));
		});
		return sections;
	}

	private HomeSection manager() {
		var period = StatisticsPeriod.lastTwelveMonths(clock);
		var report = statistics.onTheHomePage(period);
		return new HomeSection("Court desk statistics", null, summary(report), List.of(),
				List.of(HomeSection.Action.link("Court desk statistics by court and month", "/court-desk/statistics")),
				40);
	}

	/**
	 * The statistics in a sentence, each count as the report shows it. For example: July
	 * 2025 to June 2026, all courts: 123 contacts, fewer than 5 referrals made, 0
	 * accepted.
	 */
	static String summary(Report report) {
		var contacts = report.shown(report.category(Measure.CONTACTS, CourtDeskStatistics.ALL), null, null);
		var made = report.shown(report.category(Measure.REFERRALS, "made"), null, null);
		var accepted = report.shown(report.category(Measure.REFERRALS, "accepted"), null, null);
		return report.period().label() + ", all courts: " + contacts + " " + plural(contacts, "contact") + ", " + made
				+ " " + plural(made, "referral") + " made, " + accepted + " accepted.";
	}

	/** When a shift is: Today (or its date), 09:30 to 13:00 at Reading Crown Court. */
	private String when(RotaSession session) {
		var day = session.date().equals(rota.today()) ? "Today" : RotaViews.DAY.format(session.date());
		return day + ", " + RotaViews.hours(session) + " at " + session.courtName();
	}

	private static String day(RotaSession session) {
		return RotaViews.DAY.format(session.date()) + ", " + RotaViews.hours(session);
	}

	/** A noun after a count as shown: 1 contact, fewer than 5 contacts, 0 contacts. */
	private static String plural(String shown, String noun) {
		return "1".equals(shown) ? noun : noun + "s";
	}

}
