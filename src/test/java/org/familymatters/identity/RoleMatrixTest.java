package org.familymatters.identity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.familymatters.courtdesk.RotaTestData;
import org.familymatters.identity.internal.ApiTokens;
import org.familymatters.network.MeetingFixtures;
import org.familymatters.privacy.PrivacyFixtures;
import org.familymatters.privacy.SubjectAccessFixtures;
import org.familymatters.release.ReleaseFixtures;
import org.familymatters.support.IntegrationTest;
import org.familymatters.support.TestUsers;
import org.familymatters.training.TrainingFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every role against every endpoint that exists: 401 for anonymous callers, 403 for a
 * role that may not, 200 for one that may. Pages use the signed-in session; the API uses
 * real bearer tokens.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleMatrixTest {

	private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);

	private static final Set<Role> ADMINISTRATORS = EnumSet.of(Role.ADMINISTRATOR);

	private static final Set<Role> DIRECTORY_EDITORS = EnumSet.of(Role.SUPPORT_WORKER, Role.ADMINISTRATOR);

	/** Training coordinators keep the resources too, not the rest of the directory. */
	private static final Set<Role> RESOURCE_EDITORS = EnumSet.of(Role.SUPPORT_WORKER, Role.ADMINISTRATOR,
			Role.TRAINING_COORDINATOR);

	/** Who writes the news. */
	private static final Set<Role> NEWS_EDITORS = EnumSet.of(Role.TRAINING_COORDINATOR, Role.MANAGER,
			Role.ADMINISTRATOR);

	/**
	 * The demo training resource pack and the demo news item
	 * (directory.internal.PackAndNewsDemoData).
	 */
	private static final String TRAINING_PACK = "de000000-0000-4000-8000-000000000601";

	private static final String NEWS_ITEM = "de000000-0000-4000-8000-000000000701";

	/**
	 * Everyone signed in but court desk volunteers, who refer through the court desk, and
	 * data protection officers, who answer requests about data.
	 */
	private static final Set<Role> REFERRERS = EnumSet
		.complementOf(EnumSet.of(Role.VOLUNTEER, Role.DATA_PROTECTION_OFFICER));

	private static final Set<Role> SUPPORT_WORKERS = EnumSet.of(Role.SUPPORT_WORKER);

	private static final Set<Role> SAFEGUARDING_LEADS = EnumSet.of(Role.SAFEGUARDING_LEAD);

	private static final Set<Role> SAFEGUARDING_ASKERS = EnumSet.of(Role.AGENCY_PRACTITIONER, Role.SUPPORT_WORKER);

	/**
	 * Who reads the court desk statistics: exact for coordinators, suppressed for
	 * managers.
	 */
	private static final Set<Role> COURT_DESK_STATISTICS = EnumSet.of(Role.COURT_DESK_COORDINATOR, Role.MANAGER);

	/** Who reads the outcomes report (always suppressed). */
	private static final Set<Role> OUTCOMES = EnumSet.of(Role.MANAGER, Role.SUPPORT_WORKER);

	/** Who reads the training reach report ). */
	private static final Set<Role> TRAINING_REACH = EnumSet.of(Role.TRAINING_COORDINATOR, Role.MANAGER);

	/** Who reads the networks' activity (always suppressed). */
	private static final Set<Role> MANAGERS = EnumSet.of(Role.MANAGER);

	private static final Set<Role> COURT_DESK_COORDINATORS = EnumSet.of(Role.COURT_DESK_COORDINATOR);

	private static final Set<Role> VOLUNTEERS = EnumSet.of(Role.VOLUNTEER);

	private static final Set<Role> COURT_DESK = EnumSet.of(Role.VOLUNTEER, Role.COURT_DESK_COORDINATOR);

	/**
	 * The first guide for families ("When someone is arrested"), from the starting
	 * content.
	 */
	private static final String GUIDE = "6e1d3b20-0000-4000-8000-000000000001";

	/**
	 * The Sample family (demo), in Banbury: the demo support worker's organisation works
	 * in every locality.
	 */
	private static final String FAMILY = "fa000000-0000-4000-8000-000000000001";

	/**
	 * The demo plan's first assessment, and an action of it (plan.internal.PlanDemoData).
	 */
	private static final String DEMO_ASSESSMENT = "fa000000-0000-4000-8000-000000000511";

	private static final String DEMO_ACTION = "fa000000-0000-4000-8000-000000000531";

	/**
	 * The demo network (network.internal.NetworkDemoData): coordinated by the demo
	 * support worker, with the demo school practitioner a member.
	 */
	private static final String NETWORK = "/networks/e7000000-0000-4000-8000-000000000001";

	/** The demo network's members: its coordinator and the demo school practitioner. */
	private static final Set<Role> NETWORK_MEMBERS = EnumSet.of(Role.SUPPORT_WORKER, Role.AGENCY_PRACTITIONER);

	/**
	 * A network's coordinator, in the demo network and in the meetings' network of fixed
	 * ids (network.MeetingFixtures), which has the same coordinator and members.
	 */
	private static final Set<Role> NETWORK_COORDINATOR = EnumSet.of(Role.SUPPORT_WORKER);

	private static final String MEETINGS = "/networks/" + MeetingFixtures.ROLE_MATRIX_NETWORK + "/meetings";

	private static final String MEETING = MEETINGS + "/" + MeetingFixtures.ROLE_MATRIX_MEETING;

	/**
	 * A release plan of the demo family, of fixed ids (release.ReleaseFixtures): the demo
	 * support worker may change the family.
	 */
	private static final String RELEASE = "/families/" + FAMILY + "/release/" + ReleaseFixtures.ROLE_MATRIX_EPISODE;

	/**
	 * HMP Bullingdon as an organisation (identity's migration V59.1 gives the prisons
	 * fixed ids).
	 */
	private static final String BULLINGDON = "3a9e0c44-0000-4000-8100-000000000001";

	/**
	 * The demo Building Bridges referral of the Sample family's father, and its waiting
	 * safeguarding check (bridges.internal.BridgesDemoData).
	 */
	private static final String BRIDGES_REFERRAL = "/building-bridges/referrals/bb000000-0000-4000-8000-000000000101";

	private static final String BRIDGES_CHECK = "/building-bridges/checks/bb000000-0000-4000-8000-000000000201";

	/**
	 * A training session and a booking on it of fixed ids, and the booking's link secret
	 * (training.TrainingFixtures#fixedBooking): the public booking pages.
	 */
	private static final String TRAINING_BOOKING_SESSION = "7a000000-0000-4000-8000-000000000201";

	private static final String TRAINING_BOOKING = "7a000000-0000-4000-8000-000000000202";

	private static final String TRAINING_BOOKING_SECRET = "role-matrix-booking-secret-000000000000000001";

	/** Training coordinators manage courses and sessions. */
	private static final Set<Role> TRAINING_COORDINATORS = EnumSet.of(Role.TRAINING_COORDINATOR);

	/**
	 * The demo workshop and its session in Banbury (training.internal.TrainingDemoData).
	 */
	private static final String TRAINING_COURSE = "7c000000-0000-4000-8000-000000000101";

	private static final String TRAINING_SESSION = "7c000000-0000-4000-8000-000000000201";

	/** The demo workshop's published handout, a PDF. */
	private static final String TRAINING_HANDOUT = "7c000000-0000-4000-8000-000000000302";

	/**
	 * Issue 17, P3: data protection officers answer people's requests about their data.
	 */
	private static final Set<Role> DATA_PROTECTION_OFFICERS = EnumSet.of(Role.DATA_PROTECTION_OFFICER);

	private static final String PRIVACY_REQUEST = "/privacy/requests/" + SubjectAccessFixtures.ROLE_MATRIX_REQUEST;

	static final List<Endpoint> ENDPOINTS = List.of(new Endpoint("/", null, false),
			new Endpoint("/sign-in", null, false), new Endpoint("/accessibility", null, false),
			new Endpoint("/privacy", null, false), new Endpoint("/cookies", null, false),
			new Endpoint("/support", null, false),
			new Endpoint("/support/de000000-0000-4000-8000-000000000101", null, false),
			new Endpoint("/guides", null, false), new Endpoint("/guides/arrest", null, false),
			new Endpoint("/openreferral/", null, false), new Endpoint("/openreferral/services", null, false),
			new Endpoint("/openreferral/service_at_locations", null, false),
			new Endpoint("/openreferral/taxonomies", null, false),
			new Endpoint("/openreferral/taxonomy_terms", null, false),
			new Endpoint("/directory/services", DIRECTORY_EDITORS, false),
			new Endpoint("/directory/services/new", DIRECTORY_EDITORS, false),
			new Endpoint("/directory/services/review", DIRECTORY_EDITORS, false),
			new Endpoint("/directory/services/de000000-0000-4000-8000-000000000101/edit", DIRECTORY_EDITORS, false),
			new Endpoint("/directory/organisations", DIRECTORY_EDITORS, false),
			new Endpoint("/directory/organisations/new", DIRECTORY_EDITORS, false),
			new Endpoint("/admin/directory", ADMINISTRATORS, false),
			new Endpoint("/admin/directory/export", ADMINISTRATORS, false), new Endpoint("/resources", null, false),
			new Endpoint("/directory/resources", RESOURCE_EDITORS, false),
			new Endpoint("/directory/resources/new", RESOURCE_EDITORS, false),
			new Endpoint("/directory/resources/7e5a0c20-0000-4000-8000-000000000002/edit", RESOURCE_EDITORS, false),
			new Endpoint("/directory/resources/" + TRAINING_PACK + "/file", RESOURCE_EDITORS, false),
			new Endpoint("/resources/" + TRAINING_PACK + "/versions", null, false),
			new Endpoint("/resources/" + TRAINING_PACK + "/files/1", null, false), new Endpoint("/news", null, false),
			new Endpoint("/news/demo-new-resource-pack", null, false), new Endpoint("/news/feed.atom", null, false),
			new Endpoint("/news/manage", NEWS_EDITORS, false), new Endpoint("/news/manage/new", NEWS_EDITORS, false),
			new Endpoint("/news/manage/" + NEWS_ITEM + "/edit", NEWS_EDITORS, false),
			new Endpoint("/home", EVERYONE, false), new Endpoint("/account/password", EVERYONE, false),
			new Endpoint("/account", EVERYONE, false), new Endpoint("/account/tokens/new", EVERYONE, false),
			new Endpoint("/account/two-step", EVERYONE, false),
			new Endpoint("/account/two-step/set-up", EVERYONE, false),
			new Endpoint("/directory/guides", DIRECTORY_EDITORS, false),
			new Endpoint("/directory/guides/" + GUIDE + "/edit", DIRECTORY_EDITORS, false),
			new Endpoint("/directory/guides/" + GUIDE + "/versions", DIRECTORY_EDITORS, false),
			new Endpoint("/directory/guides/" + GUIDE + "/versions/1", DIRECTORY_EDITORS, false),
			new Endpoint("/admin/users", ADMINISTRATORS, false),
			new Endpoint("/admin/users/new", ADMINISTRATORS, false),
			new Endpoint("/admin/organisations", ADMINISTRATORS, false),
			new Endpoint("/admin/organisations/new", ADMINISTRATORS, false),
			new Endpoint("/admin/localities", ADMINISTRATORS, false),
			new Endpoint("/admin/localities/new", ADMINISTRATORS, false),
			new Endpoint("/admin/audit", ADMINISTRATORS, false),
			new Endpoint("/admin/audit/events.csv", ADMINISTRATORS, false),
			new Endpoint("/safeguarding/requests", SAFEGUARDING_LEADS, false),
			new Endpoint("/safeguarding/requests/new", SAFEGUARDING_ASKERS, false),
			new Endpoint("/safeguarding/requests/mine",
					EnumSet.of(Role.AGENCY_PRACTITIONER, Role.SUPPORT_WORKER, Role.SAFEGUARDING_LEAD), false),
			new Endpoint("/families/shared", EnumSet.of(Role.AGENCY_PRACTITIONER, Role.SAFEGUARDING_LEAD), false),
			new Endpoint("/api/me", EVERYONE, true), new Endpoint("/api/localities", EVERYONE, true),
			new Endpoint("/api/organisations", EVERYONE, true), new Endpoint("/api/audit-events", ADMINISTRATORS, true),
			new Endpoint("/ask-for-support", null, false), new Endpoint("/ask-for-support/sent", null, false),
			new Endpoint("/ask-for-support/where", null, false), new Endpoint("/referrals/new", REFERRERS, false),
			new Endpoint("/referrals/sent", REFERRERS, false), new Endpoint("/referrals/mine", REFERRERS, false),
			new Endpoint("/referrals/triage", SUPPORT_WORKERS, false),
			new Endpoint("/referrals/criteria", DIRECTORY_EDITORS, false),
			new Endpoint("/referrals/criteria/0b7c1f5e-2d7a-4c11-9a0e-000000000001", DIRECTORY_EDITORS, false),
			new Endpoint("/families", SUPPORT_WORKERS, false),
			new Endpoint("/families/" + FAMILY, SUPPORT_WORKERS, false),
			new Endpoint("/families/" + FAMILY + "/household", SUPPORT_WORKERS, false),
			new Endpoint("/families/" + FAMILY + "/people/new", SUPPORT_WORKERS, false),
			new Endpoint("/families/" + FAMILY + "/people/fa000000-0000-4000-8000-000000000103/edit", SUPPORT_WORKERS,
					false),
			new Endpoint("/families/" + FAMILY + "/custody/new", SUPPORT_WORKERS, false),
			new Endpoint("/families/" + FAMILY + "/custody/fa000000-0000-4000-8000-000000000301/edit", SUPPORT_WORKERS,
					false),
			new Endpoint("/families/" + FAMILY + "/timeline/new", SUPPORT_WORKERS, false),
			new Endpoint("/families/" + FAMILY + "/contact/new", SUPPORT_WORKERS, false),
			new Endpoint("/families/" + FAMILY + "/parenting-sessions/new", SUPPORT_WORKERS, false),
			new Endpoint("/families/" + FAMILY + "/contact-barriers/new", SUPPORT_WORKERS, false),
			new Endpoint("/families/" + FAMILY + "/timeline/children/fa000000-0000-4000-8000-000000000103",
					SUPPORT_WORKERS, false),
			new Endpoint("/families/" + FAMILY + "/attachments/new", SUPPORT_WORKERS, false),
			new Endpoint("/families/" + FAMILY + "/plan", SUPPORT_WORKERS, false),
			new Endpoint("/families/" + FAMILY + "/plan/goals/new", SUPPORT_WORKERS, false),
			new Endpoint("/families/" + FAMILY + "/plan/actions/new", SUPPORT_WORKERS, false),
			new Endpoint("/families/" + FAMILY + "/plan/actions/" + DEMO_ACTION + "/edit", SUPPORT_WORKERS, false),
			new Endpoint("/families/" + FAMILY + "/plan/reviews/new", SUPPORT_WORKERS, false),
			new Endpoint("/families/" + FAMILY + "/plan/close", SUPPORT_WORKERS, false),
			new Endpoint("/families/" + FAMILY + "/plan/plan.pdf", SUPPORT_WORKERS, false),
			new Endpoint("/actions/" + DEMO_ACTION + "/action.pdf", SUPPORT_WORKERS, false),
			new Endpoint("/families/" + FAMILY + "/assessments", SUPPORT_WORKERS, false),
			new Endpoint("/families/" + FAMILY + "/assessments/new", SUPPORT_WORKERS, false),
			new Endpoint("/families/" + FAMILY + "/assessments/" + DEMO_ASSESSMENT, SUPPORT_WORKERS, false),
			new Endpoint("/plans/caseload", SUPPORT_WORKERS, false),
			new Endpoint("/admin/merges", ADMINISTRATORS, false),
			new Endpoint("/admin/merges/people", ADMINISTRATORS, false),
			new Endpoint("/admin/merges/families", ADMINISTRATORS, false),
			new Endpoint("/court-desk/contacts/new", VOLUNTEERS, false),
			new Endpoint("/court-desk/contacts", COURT_DESK, false),
			new Endpoint("/api/families/" + FAMILY, SUPPORT_WORKERS, true),
			new Endpoint("/api/families/" + FAMILY + "/people", SUPPORT_WORKERS, true),
			new Endpoint("/court-desk/statistics", COURT_DESK_STATISTICS, false),
			new Endpoint("/court-desk/statistics.csv", COURT_DESK_STATISTICS, false),
			new Endpoint("/admin/courts", ADMINISTRATORS, false),
			new Endpoint("/admin/courts/new", ADMINISTRATORS, false),
			new Endpoint("/admin/courts/c0000000-0000-4000-8000-000000000001/edit", ADMINISTRATORS, false),
			new Endpoint("/court-desk/rota", COURT_DESK_COORDINATORS, false),
			new Endpoint("/court-desk/rota/new", COURT_DESK_COORDINATORS, false),
			new Endpoint("/court-desk/volunteers", COURT_DESK_COORDINATORS, false),
			new Endpoint("/court-desk/shifts", VOLUNTEERS, false),
			new Endpoint("/actions", EnumSet.of(Role.AGENCY_PRACTITIONER, Role.SAFEGUARDING_LEAD, Role.SUPPORT_WORKER),
					false),
			new Endpoint("/outcomes", OUTCOMES, false), new Endpoint("/outcomes.csv", OUTCOMES, false),
			new Endpoint("/admin/need-areas", ADMINISTRATORS, false),
			// Issue 17, part P2 (retention): the schedule and its runs, a kind's period,
			// the safeguarding holds
			new Endpoint("/admin/retention", ADMINISTRATORS, false),
			new Endpoint("/admin/retention/unaccepted-requests", ADMINISTRATORS, false),
			new Endpoint("/safeguarding/holds", SAFEGUARDING_LEADS, false),
			new Endpoint("/admin/need-areas/new", ADMINISTRATORS, false),
			new Endpoint("/admin/need-areas/7d1a0000-0000-4000-8000-000000000001/edit", ADMINISTRATORS, false),
			new Endpoint("/families/" + FAMILY + "/plan/progress", SUPPORT_WORKERS, false),
			new Endpoint("/schools", ADMINISTRATORS, false),
			new Endpoint("/schools/pupils", EnumSet.of(Role.AGENCY_PRACTITIONER), false),
			new Endpoint("/families/" + FAMILY + "/schools", SUPPORT_WORKERS, false),
			new Endpoint("/networks", EVERYONE, false), new Endpoint("/networks/new", EnumSet.of(Role.MANAGER), false),
			new Endpoint(NETWORK, EVERYONE, false),
			new Endpoint(NETWORK + "/coordinator", EnumSet.of(Role.MANAGER), false),
			new Endpoint(NETWORK + "/documents/terms", EVERYONE, false),
			new Endpoint(NETWORK + "/documents/consent-form", EVERYONE, false),
			new Endpoint(NETWORK + "/documents/terms/new", SUPPORT_WORKERS, false),
			new Endpoint(NETWORK + "/join", EVERYONE, false),
			new Endpoint(NETWORK + "/members/new", SUPPORT_WORKERS, false),
			new Endpoint(NETWORK + "/messages", NETWORK_MEMBERS, false),
			new Endpoint(NETWORK + "/messages/new", NETWORK_MEMBERS, false),
			new Endpoint("/networks/activity", MANAGERS, false),
			new Endpoint("/networks/activity.csv", MANAGERS, false), new Endpoint(MEETINGS, NETWORK_MEMBERS, false),
			new Endpoint(MEETINGS + "/new", NETWORK_COORDINATOR, false), new Endpoint(MEETING, NETWORK_MEMBERS, false),
			new Endpoint(MEETING + "/meeting.ics", NETWORK_MEMBERS, false),
			new Endpoint(MEETING + "/edit", NETWORK_COORDINATOR, false),
			new Endpoint(MEETING + "/cancel", NETWORK_COORDINATOR, false),
			new Endpoint(MEETING + "/agenda", NETWORK_MEMBERS, false),
			new Endpoint(MEETING + "/agenda/raise", NETWORK_MEMBERS, false),
			new Endpoint(MEETING + "/agenda/reviews", NETWORK_COORDINATOR, false),
			new Endpoint(MEETING + "/agenda/other", NETWORK_COORDINATOR, false),
			new Endpoint(MEETING + "/minutes", NETWORK_MEMBERS, false),
			new Endpoint("/releases", SUPPORT_WORKERS, false), new Endpoint(RELEASE, SUPPORT_WORKERS, false),
			new Endpoint(RELEASE + "/where", SUPPORT_WORKERS, false),
			new Endpoint(RELEASE + "/family", SUPPORT_WORKERS, false),
			new Endpoint(RELEASE + "/probation", SUPPORT_WORKERS, false),
			new Endpoint(RELEASE + "/money", SUPPORT_WORKERS, false),
			new Endpoint(RELEASE + "/release-day", SUPPORT_WORKERS, false),
			new Endpoint(RELEASE + "/actions/new", SUPPORT_WORKERS, false),
			new Endpoint("/admin/prisons", ADMINISTRATORS, false),
			new Endpoint("/admin/prisons/" + BULLINGDON, ADMINISTRATORS, false),
			new Endpoint("/prisons/" + BULLINGDON, EVERYONE, false),
			new Endpoint("/families/" + FAMILY + "/custody/fa000000-0000-4000-8000-000000000301/move", SUPPORT_WORKERS,
					false),
			new Endpoint("/families/" + FAMILY + "/building-bridges", SUPPORT_WORKERS, false),
			new Endpoint(BRIDGES_REFERRAL, SUPPORT_WORKERS, false),
			new Endpoint(BRIDGES_REFERRAL + "/family-answer", SUPPORT_WORKERS, false),
			new Endpoint(BRIDGES_REFERRAL + "/check", SUPPORT_WORKERS, false),
			new Endpoint(BRIDGES_REFERRAL + "/home", SUPPORT_WORKERS, false),
			new Endpoint(BRIDGES_REFERRAL + "/council", SUPPORT_WORKERS, false),
			new Endpoint(BRIDGES_REFERRAL + "/release", SUPPORT_WORKERS, false),
			new Endpoint(BRIDGES_REFERRAL + "/follow-ups/four_weeks", SUPPORT_WORKERS, false),
			new Endpoint(BRIDGES_CHECK, SAFEGUARDING_LEADS, false),
			new Endpoint("/building-bridges/report", MANAGERS, false),
			new Endpoint("/building-bridges/report.csv", MANAGERS, false),
			new Endpoint("/admin/building-bridges", ADMINISTRATORS, false),
			new Endpoint("/training/reach", TRAINING_REACH, false),
			new Endpoint("/training/reach.csv", TRAINING_REACH, false),
			// Training: attendance at the door, feedback and the certificate.
			new Endpoint("/training/manage/attendance", EnumSet.of(Role.TRAINING_COORDINATOR), false),
			new Endpoint("/training/manage/sessions/" + TrainingFixtures.ROLE_MATRIX_SESSION + "/attendance",
					EnumSet.of(Role.TRAINING_COORDINATOR), false),
			new Endpoint("/training/feedback/" + TrainingFixtures.ROLE_MATRIX_FEEDBACK_SECRET, null, false),
			new Endpoint("/training/feedback/" + TrainingFixtures.ROLE_MATRIX_FEEDBACK_SECRET + "/certificate.pdf",
					null, false),
			// A volunteer's readiness for court desk shifts.
			new Endpoint("/court-desk/volunteers/" + RotaTestData.ROLE_MATRIX_VOLUNTEER + "/readiness",
					COURT_DESK_COORDINATORS, false),
			new Endpoint("/training/sessions/" + TRAINING_BOOKING_SESSION + "/book", null, false),
			new Endpoint("/training/sessions/" + TRAINING_BOOKING_SESSION + "/booked", null, false),
			new Endpoint("/training/bookings/" + TRAINING_BOOKING_SECRET, null, false),
			new Endpoint("/training/bookings/" + TRAINING_BOOKING_SECRET + "/cancel", null, false),
			new Endpoint("/training/bookings/cancelled", null, false),
			// Training: courses, sessions, materials; the public listing and past
			// events.
			new Endpoint("/training", null, false), new Endpoint("/training/events", null, false),
			new Endpoint("/training/sessions/" + TRAINING_SESSION, null, false),
			new Endpoint("/training/materials/" + TRAINING_HANDOUT, null, false),
			new Endpoint("/training/manage/materials/" + TRAINING_HANDOUT, TRAINING_COORDINATORS, false),
			new Endpoint("/training/manage", TRAINING_COORDINATORS, false),
			new Endpoint("/training/manage/courses/new", TRAINING_COORDINATORS, false),
			new Endpoint("/training/manage/courses/" + TRAINING_COURSE, TRAINING_COORDINATORS, false),
			new Endpoint("/training/manage/courses/" + TRAINING_COURSE + "/edit", TRAINING_COORDINATORS, false),
			new Endpoint("/training/manage/courses/" + TRAINING_COURSE + "/sessions/new", TRAINING_COORDINATORS, false),
			new Endpoint("/training/manage/courses/" + TRAINING_COURSE + "/materials/new", TRAINING_COORDINATORS,
					false),
			new Endpoint("/training/manage/sessions/" + TRAINING_SESSION, TRAINING_COORDINATORS, false),
			new Endpoint("/training/manage/sessions/" + TRAINING_SESSION + "/edit", TRAINING_COORDINATORS, false),
			new Endpoint("/training/manage/sessions/" + TRAINING_SESSION + "/cancel", TRAINING_COORDINATORS, false),
			new Endpoint("/training/manage/sessions/" + TRAINING_SESSION + "/materials/new", TRAINING_COORDINATORS,
					false),
			// Issue 17, P3: subject access requests
			// (privacy.SubjectAccessFixtures#roleMatrixRequest).
			new Endpoint("/privacy/requests", DATA_PROTECTION_OFFICERS, false),
			new Endpoint("/privacy/requests/new", DATA_PROTECTION_OFFICERS, false),
			new Endpoint(PRIVACY_REQUEST, DATA_PROTECTION_OFFICERS, false),
			new Endpoint(PRIVACY_REQUEST + "/find", DATA_PROTECTION_OFFICERS, false),
			new Endpoint(PRIVACY_REQUEST + "/package.pdf", DATA_PROTECTION_OFFICERS, false),
			new Endpoint(PRIVACY_REQUEST + "/package.json", DATA_PROTECTION_OFFICERS, false),
			new Endpoint("/api/subject-access?request=" + SubjectAccessFixtures.ROLE_MATRIX_REQUEST,
					DATA_PROTECTION_OFFICERS, true),
			// Issue 17, P5 rectification and erasure: the data protection officer's
			// decision on a request.
			new Endpoint("/privacy/requests/" + PrivacyFixtures.ROLE_MATRIX_ERASURE + "/decision",
					EnumSet.of(Role.DATA_PROTECTION_OFFICER), false),
			// Issue 17, P6: the audit trail nobody can quietly change.
			new Endpoint("/admin/audit-chain", ADMINISTRATORS, false));

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	ApiTokens tokens;

	private final Map<Role, String> tokenFor = new EnumMap<>(Role.class);

	@Autowired
	MeetingFixtures meetings;

	@Autowired
	ReleaseFixtures releases;

	@Autowired
	TrainingFixtures training;

	@Autowired
	RotaTestData rota;

	@Autowired
	PrivacyFixtures privacy;

	@Autowired
	SubjectAccessFixtures subjectAccess;

	@BeforeAll
	void issueTokens() {
		meetings.roleMatrixNetwork();
		training.roleMatrixAttendance();
		training.fixedBooking(java.util.UUID.fromString(TRAINING_BOOKING_SESSION),
				java.util.UUID.fromString(TRAINING_BOOKING), TRAINING_BOOKING_SECRET);
		releases.roleMatrixPlan();
		rota.roleMatrixVolunteer();
		privacy.roleMatrixRequest();
		subjectAccess.roleMatrixRequest();
		for (var role : Role.values()) {
			var user = users.principal(TestUsers.demoUsername(role));
			tokenFor.put(role, tokens.issue(user, "role matrix", Duration.ofHours(1)).secret());
		}
	}

	Stream<Arguments> cases() {
		var cases = new ArrayList<Arguments>();
		for (var endpoint : ENDPOINTS) {
			cases.add(Arguments.of(endpoint.path(), "anonymous", null, (endpoint.allowed() != null) ? 401 : 200));
			for (var role : Role.values()) {
				int expected = (endpoint.allowed() == null || endpoint.allowed().contains(role)) ? 200 : 403;
				if (endpoint.path().equals("/sign-in")) {
					expected = 302; // a signed-in user is sent on to their home page
				}
				cases.add(Arguments.of(endpoint.path(), role.name(), role, expected));
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{1} GET {0} -> {3}")
	@MethodSource("cases")
	void roleGetsExpectedStatus(String path, String who, Role role, int expected) throws Exception {
		var endpoint = ENDPOINTS.stream().filter(e -> e.path().equals(path)).findFirst().orElseThrow();
		var request = get(path);
		if (role != null && endpoint.api()) {
			request.header(HttpHeaders.AUTHORIZATION, "Bearer " + tokenFor.get(role));
		}
		else if (role != null) {
			request.with(users.as(role));
		}
		mvc.perform(request).andExpect(status().is(expected));
	}

	/** An endpoint, and the roles that may call it (null: anyone, signed in or not). */
	record Endpoint(String path, Set<Role> allowed, boolean api) {
	}

}
