package org.familymatters.courtdesk.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.familymatters.courtdesk.internal.Court;
import org.familymatters.courtdesk.internal.CourtDeskStatistics;
import org.familymatters.courtdesk.internal.CourtDeskStatistics.Report;
import org.familymatters.courtdesk.internal.CourtVolunteers;
import org.familymatters.courtdesk.internal.Courts;
import org.familymatters.courtdesk.internal.Measure;
import org.familymatters.courtdesk.internal.Readiness;
import org.familymatters.courtdesk.internal.Rota;
import org.familymatters.courtdesk.internal.RotaSession;
import org.familymatters.courtdesk.internal.Shifts;
import org.familymatters.courtdesk.internal.StatisticsPeriod;
import org.familymatters.courtdesk.internal.VolunteerChecks;
import org.familymatters.courtdesk.internal.VolunteerReadiness;
import org.familymatters.identity.Role;
import org.familymatters.identity.UserListing;
import org.familymatters.shared.security.CurrentUser;
import org.familymatters.shared.security.SignedInUser;
import org.familymatters.shared.web.HomeContribution;
import org.familymatters.shared.web.HomeSection;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the court desks put on a person's home page. A volunteer: their next shift (date,
 * time, court) with a large "Record a contact", the page's main action, the sessions at
 * their court in the next two weeks that still need volunteers, and, when they are not
 * ready for shifts, what they need first. A court desk coordinator: the background checks
 * expired or expiring in the next 30 days, and the sessions in the next four weeks that
 * need volunteers, a section per court, each linking to the session on the rota. A
 * manager: the statistics of the last twelve months as the statistics page shows them to
 * a manager (1 to 4 as "fewer than 5").
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

	/** How far ahead a coordinator is shown the background checks that expire. */
	static final int CHECK_DAYS = 30;

	/**
	 * The checks to renew listed; the volunteers page has every volunteer's readiness.
	 */
	static final int CHECKS_SHOWN = 10;

	private final CurrentUser currentUser;

	private final Shifts shifts;

	private final Rota rota;

	private final CourtVolunteers volunteers;

	private final Courts courts;

	private final CourtDeskStatistics statistics;

	private final Clock clock;

	private final VolunteerReadiness readiness;

	private final VolunteerChecks checks;

	private final UserListing users;

	private final MessageSource messages;

	CourtDeskHome(CurrentUser currentUser, Shifts shifts, Rota rota, CourtVolunteers volunteers, Courts courts,
			CourtDeskStatistics statistics, Clock clock, VolunteerReadiness readiness, VolunteerChecks checks,
			UserListing users, MessageSource messages) {
		this.readiness = readiness;
		this.checks = checks;
		this.users = users;
		this.messages = messages;
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
			sections.add(checksToRenew());
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
		var ready = readiness.of(user.id());
		var problems = ready.today(readiness.today());
		if (!problems.isEmpty()) {
			sections.add(new HomeSection("Before you can sign up for shifts", null,
					problems.stream()
						.map(p -> messages.getMessage(p.code(), ready.arguments(p), Locale.UK))
						.collect(Collectors.joining(". ")) + ".",
					List.of(), List.of(HomeSection.Action.link("Your shifts", "/court-desk/shifts#readiness")), 19));
		}
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

	/**
	 * The volunteers whose latest background check has expired or expires in the next
	 * {@link #CHECK_DAYS} days (expired the longest first), each leading to their
	 * readiness page.
	 */
	private HomeSection checksToRenew() {
		var today = readiness.today();
		var volunteersNow = users.holding(Role.VOLUNTEER)
			.stream()
			.filter(UserListing.Holder::enabled)
			.collect(Collectors.toMap(UserListing.Holder::id, UserListing.Holder::displayName));
		var due = checks.expiringBy(today.plusDays(CHECK_DAYS))
			.stream()
			.filter(c -> volunteersNow.containsKey(c.volunteerId()))
			.toList();
		var actions = List.of(HomeSection.Action.link("Volunteers and their readiness", "/court-desk/volunteers"));
		if (due.isEmpty()) {
			return new HomeSection("Background checks to renew", 0,
					"No volunteer's background check has expired or expires in the next 30 days.", List.of(), actions,
					29);
		}
		return new HomeSection("Background checks to renew", due.size(),
				"Expired, or expiring in the next 30 days: record the renewed check on the volunteer's readiness page.",
				due.stream()
					.limit(CHECKS_SHOWN)
					.map(c -> new HomeSection.Item(volunteersNow.get(c.volunteerId()),
							"/court-desk/volunteers/" + c.volunteerId() + "/readiness",
							(c.validOn(today) ? "valid until " : "expired, valid until ")
									+ Readiness.DAY.format(c.expiresOn())))
					.toList(),
				actions, 29);
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
