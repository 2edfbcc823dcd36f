package org.familymatters.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.form;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The service's users at once, through HTTP as their browsers reach it (pages only: the
 * styles and scripts a browser keeps are not fetched): support workers signing in, going
 * from their home page to their caseload and from there to families, adding to timelines
 * and changing plan actions; support workers triaging referrals; court desk volunteers
 * recording contacts; the public searching the directory and reading guides; systems
 * reading the Open Referral API; managers opening reports. Beside them the
 * {@value #CEILING} scenario asks, as fast as it can, for a page of the same service that
 * reads no database and keeps no session ({@code /actuator/health/liveness}): what every
 * other figure is measured against ({@link LoadSummary}).
 * <p>
 * Families, referrals, actions, guides and services are reached by following the links
 * and reading the answers of the pages before, never by guessing identifiers. Redirects
 * are not followed, so that every request is named and checked for itself. Any answer
 * other than the one expected fails the request; the run fails if one did
 * ({@link LoadSettings} says how it is configured).
 */
public class FamilyMattersSimulation extends Simulation {

	static final String PRACTITIONERS = "practitioners";

	static final String TRIAGE = "triage";

	static final String VOLUNTEERS = "court desk volunteers";

	static final String PUBLIC = "public";

	static final String OPEN_REFERRAL = "open referral";

	static final String MANAGERS = "managers";

	/** The scenario, and its one request, that loads the trivial page. */
	static final String CEILING = "ceiling";

	private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

	private static final List<String> SEARCHES = List.of("q=prison+visits", "q=housing",
			"q=mental+health&place=Banbury", "q=money", "need=helpline", "q=children&age=9", "q=prion&weekends=true",
			"q=family+support&place=Reading");

	private static final List<String> REPORTS = List.of("/court-desk/statistics", "/outcomes",
			"/building-bridges/report", "/training/reach");

	private final LoadSettings settings = LoadSettings.from(System.getProperties());

	public FamilyMattersSimulation() {
		HttpProtocolBuilder protocol = http.baseUrl(this.settings.baseUrl())
			.disableFollowRedirect()
			.disableWarmUp()
			.acceptHeader("text/html,application/xhtml+xml,application/json;q=0.9")
			.acceptLanguageHeader("en-GB")
			.userAgentHeader("family-matters-load-test");
		var populations = new ArrayList<PopulationBuilder>();
		populations.add(practitioners());
		populations.add(triage());
		populations.add(volunteers());
		populations.add(publicVisitors());
		populations.add(openReferral());
		populations.add(managers());
		populations.add(ceiling());
		setUp(populations).protocols(protocol).assertions(assertions());
	}

	/**
	 * No request failed, and each scenario went all the way through at least once: its
	 * last request answered as expected.
	 */
	private List<Assertion> assertions() {
		return List.of(global().failedRequests().count().is(0L),
				details("add to the timeline").successfulRequests().count().gt(0L),
				details("triage list").successfulRequests().count().gt(0L),
				details("record a court desk contact").successfulRequests().count().gt(0L),
				details("guide").successfulRequests().count().gt(0L),
				details("open referral service").successfulRequests().count().gt(0L),
				details("report").successfulRequests().count().gt(0L),
				details(CEILING).successfulRequests().count().gt(0L));
	}

	private PopulationBuilder population(ScenarioBuilder scenario, String name) {
		return this.settings.smoke() ? scenario.injectOpen(atOnceUsers(1))
				: scenario.injectOpen(rampUsers(this.settings.usersFor(name)).during(this.settings.ramp()));
	}

	private PopulationBuilder named(String name, ChainBuilder journey) {
		return population(scenario(name).exec(journey), name);
	}

	/** Once through in the smoke run, otherwise again and again for the duration. */
	private ChainBuilder loop(ChainBuilder each) {
		return this.settings.smoke() ? repeat(1).on(each) : during(this.settings.duration(), false).on(each);
	}

	private PopulationBuilder practitioners() {
		var workers = this.settings.supportWorkerUsernames()
			.stream()
			.map(name -> Map.<String, Object>of("username", name))
			.toList();
		return named(PRACTITIONERS, feed(listFeeder(workers).circular()).exec(signIn())
			.exec(loop(exec(http("home").get("/home").check(status().is(200)), http("caseload").get("/plans/caseload")
				.check(status().is(200),
						regex("href=\"/families/(" + UUID + ")/plan\"").findAll().optional().saveAs("families")),
					// A support worker who is no family's key worker (the demo one)
					// finds families in the list of their locality's.
					doIf(session -> !session.contains("families")).then(exec(http("families list").get("/families")
						.check(status().is(200),
								regex("href=\"/families/(" + UUID + ")\"").findAll().saveAs("families")))),
					exec(session -> session.set("family", pick(session, "families"))),
					http("family page").get("/families/#{family}").check(status().is(200)),
					http("support plan").get("/families/#{family}/plan")
						.check(status().in(200, 404),
								regex("href=\"/families/" + UUID + "/plan/actions/(" + UUID + ")/edit\"").findAll()
									.optional()
									.saveAs("actions")),
					http("timeline form").get("/families/#{family}/timeline/new")
						.check(status().is(200), form("form[action$='/timeline/new']").saveAs("timeline")),
					exec(session -> session.set("timeline",
							with(session.getMap("timeline"), "kind", "note", "summary",
									"Spoke to the family about the next visit (load test)"))),
					http("add to the timeline").post("/families/#{family}/timeline/new")
						.formParamMap(session -> session.getMap("timeline"))
						.check(status().is(302),
								header("Location").transform(location -> location.matches(".*/families/" + UUID))
									.is(true)),
					doIf(session -> session.contains("actions"))
						.then(exec(exec(session -> session.set("action", pick(session, "actions"))),
								http("action form").get("/families/#{family}/plan/actions/#{action}/edit")
									.check(status().is(200), form("form[action$='/edit']").saveAs("actionForm")),
								exec(session -> session.set("actionForm", reviewed(session.getMap("actionForm")))),
								http("change an action").post("/families/#{family}/plan/actions/#{action}/edit")
									.formParamMap(session -> session.getMap("actionForm"))
									// Saved, or someone else changed the plan meanwhile:
									// the form says so and nothing is saved.
									.check(status().in(200, 302))
									.checkIf((response, session) -> response.status().code() == 200)
									.then(substring("Someone else changed this record").exists()))),
					exec(session -> session.remove("families").remove("actions"))))));
	}

	private PopulationBuilder triage() {
		return named(TRIAGE,
				exec(session -> session.set("username", "demo-support")).exec(signIn())
					.exec(loop(exec(http("triage list").get("/referrals/triage")
						.check(status().is(200),
								regex("href=\"/referrals/(" + UUID + ")\"").findAll().optional().saveAs("referrals")),
							doIf(session -> session.contains("referrals"))
								.then(exec(exec(session -> session.set("referral", pick(session, "referrals"))),
										http("referral").get("/referrals/#{referral}").check(status().is(200)))),
							exec(session -> session.remove("referrals"))))));
	}

	private PopulationBuilder volunteers() {
		return named(VOLUNTEERS,
				exec(session -> session.set("username", "demo-volunteer")).exec(signIn())
					.exec(loop(exec(
							http("court desk form").get("/court-desk/contacts/new")
								.check(status().is(200), form("#contact-form").saveAs("contact"),
										regex("<option value=\"(" + UUID + ")\"").findAll().saveAs("localities")),
							exec(session -> session.set("contact", contact(session))),
							http("record a court desk contact").post("/court-desk/contacts")
								.formParamMap(session -> session.getMap("contact"))
								.check(status().is(302), header("Location").find().saveAs("recorded")),
							http("contact recorded").get("#{recorded}").check(status().is(200))))));
	}

	private PopulationBuilder publicVisitors() {
		return named(PUBLIC,
				loop(exec(exec(session -> session.set("search", pick(SEARCHES))),
						http("directory search").get("/support?#{search}")
							.check(status().is(200),
									regex("href=\"/support/(" + UUID + ")\"").findAll().optional().saveAs("services")),
						doIf(session -> session.contains("services"))
							.then(exec(exec(session -> session.set("service", pick(session, "services"))),
									http("directory service").get("/support/#{service}").check(status().is(200)))),
						http("guides").get("/guides")
							.check(status().is(200), regex("href=\"/guides/([a-z0-9-]+)\"").findAll().saveAs("guides")),
						exec(session -> session.set("guide", pick(session, "guides"))),
						http("guide").get("/guides/#{guide}").check(status().is(200)),
						exec(session -> session.remove("services")))));
	}

	private PopulationBuilder openReferral() {
		return named(OPEN_REFERRAL, loop(exec(
				http("open referral services").get("/openreferral/services")
					.check(status().is(200), jsonPath("$.total_pages").ofInt().saveAs("pages")),
				exec(session -> session.set("page", 1 + ThreadLocalRandom.current().nextInt(session.getInt("pages")))),
				http("open referral services page").get("/openreferral/services?page=#{page}")
					.check(status().is(200), jsonPath("$.contents[*].id").findAll().saveAs("serviceIds")),
				exec(session -> session.set("serviceId", pick(session, "serviceIds"))),
				http("open referral service").get("/openreferral/services/#{serviceId}").check(status().is(200)))));
	}

	private PopulationBuilder managers() {
		return named(MANAGERS,
				exec(session -> session.set("username", "demo-manager")).exec(signIn())
					.exec(loop(exec(exec(session -> session.set("report", pick(REPORTS))),
							http("report").get("#{report}").check(status().is(200))))));
	}

	private PopulationBuilder ceiling() {
		return named(CEILING, loop(exec(
				http(CEILING).get("/actuator/health/liveness").check(status().is(200), substring("\"UP\"").exists()))));
	}

	/**
	 * Signs in as {@code #{username}} with the sign-in page's form, as a browser does.
	 */
	private ChainBuilder signIn() {
		return exec(
				http("sign-in page").get("/sign-in")
					.check(status().is(200), css("input[name='_csrf']", "value").saveAs("csrf")),
				http("sign in").post("/sign-in")
					.formParam("username", "#{username}")
					.formParam("password", this.settings.password())
					.formParam("_csrf", "#{csrf}")
					.check(status().is(302),
							header("Location").transform(location -> location.endsWith("/home")).is(true)))
			// Someone who could not sign in goes no further (their failure is counted
			// once).
			.exitHereIfFailed();
	}

	private static Object pick(Session session, String key) {
		return pick(session.getList(key));
	}

	private static <T> T pick(List<T> values) {
		return values.get(ThreadLocalRandom.current().nextInt(values.size()));
	}

	private static Map<String, Object> with(Map<String, Object> form, String... pairs) {
		var changed = new LinkedHashMap<>(form);
		for (int i = 0; i < pairs.length; i += 2) {
			changed.put(pairs[i], pairs[i + 1]);
		}
		return changed;
	}

	/**
	 * The action as it was, its description marked as reviewed or no longer marked: a
	 * change each time, of the same size.
	 */
	private static Map<String, Object> reviewed(Map<String, Object> form) {
		var description = String.valueOf(form.getOrDefault("description", "Action"));
		return with(form, "description", description.endsWith(" (reviewed)")
				? description.substring(0, description.length() - 11) : description + " (reviewed)");
	}

	/**
	 * A contact at the desk with the key the form gave: every other one agrees to be
	 * contacted (a referral for the locality's support workers to triage), with generated
	 * details.
	 */
	private static Map<String, Object> contact(Session session) {
		var random = ThreadLocalRandom.current();
		var form = with(session.getMap("contact"), "relationship", "partner", "outcome", "immediate_custody",
				"sentenceBand", "1_to_4_years", "firstTimeInCustody", "yes", "children", "2", "childrenUnder5", "1",
				"children5To11", "1", "leaflets", "helpline", "emotionalSupport", "yes", "agreesToContact", "no");
		form.remove("find");
		if (random.nextBoolean()) {
			form.putAll(with(Map.of(), "agreesToContact", "yes", "givenName", "Load", "familyName",
					"Tester" + random.nextInt(1_000_000), "phone", "0118 496 0" + (100 + random.nextInt(900)), "email",
					"load-test@example.org", "localityId", String.valueOf(pick(session, "localities")), "bestTime",
					"Weekday mornings", "explained", "yes"));
		}
		return form;
	}

}
