package org.familymatters.consent;

import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.familymatters.family.FamilyRecords;
import org.familymatters.family.FamilyView;
import org.familymatters.identity.Organisation;
import org.familymatters.identity.OrganisationType;
import org.familymatters.identity.Role;
import org.familymatters.identity.StaffPrincipal;
import org.familymatters.identity.internal.ApiTokens;
import org.familymatters.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who sees a family's record, on what basis, through the page, the API and the database:
 * a case of each answer the rule gives (each basis allowed and refused, consent given,
 * withdrawn and expired, a safeguarding approval, a school's own pupil and its other
 * child, roles that see no records). The whole matrix (every role × the family's own
 * locality or another × consent none, given, withdrawn or expired × a safeguarding
 * approval or none, and more) is proved without the database by
 * {@link org.familymatters.consent.internal.access.AccessRuleTest}, and what each access
 * shows of the record by {@link org.familymatters.family.internal.ShownRecordTest}; here
 * each case makes its own family, consent and approval with the service's code, so that
 * the facts the rule is given are the ones the pages store.
 * <p>
 * Each case is asked three ways: the page {@code /families/{id}} with the user signed in,
 * the API {@code GET /api/families/{id}} with a bearer token issued to the user, and
 * {@link FamilyRecords#view} (which both call) for what exactly comes back.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {

	@Autowired
	ConsentFixtures fixtures;

	@Autowired
	FamilyRecords records;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiTokens tokens;

	private final Map<String, String> tokenOf = new HashMap<>();

	private UUID ownLocality;

	private final Map<Place, Organisation> familyMatters = new EnumMap<>(Place.class);

	private final Map<Place, Organisation> agency = new EnumMap<>(Place.class);

	private final Map<Place, Organisation> school = new EnumMap<>(Place.class);

	private final Map<String, StaffPrincipal> users = new HashMap<>();

	private StaffPrincipal recorder;

	private StaffPrincipal lead;

	@BeforeAll
	void organisationsAndUsers() {
		ownLocality = fixtures.locality("Matrix own").id();
		var otherLocality = fixtures.locality("Matrix other").id();
		for (var place : Place.values()) {
			var locality = (place != Place.OWN) ? otherLocality : ownLocality;
			familyMatters.put(place,
					fixtures.organisation("Family Matters matrix", OrganisationType.VOLUNTARY, locality));
			agency.put(place, fixtures.organisation("Probation matrix", OrganisationType.PROBATION, locality));
			school.put(place, fixtures.organisation("Primary school matrix", OrganisationType.SCHOOL, locality));
			for (var actor : Actor.values()) {
				var organisation = (actor != Actor.SCHOOL_PRACTITIONER)
						? actor.agency() ? agency.get(place) : familyMatters.get(place) : school.get(place);
				var user = fixtures.user(organisation.id(), actor.role);
				users.put(actor + "@" + place, user);
				tokenOf.put(actor + "@" + place, tokens.issue(user, "access matrix", Duration.ofHours(1)).secret());
			}
		}
		recorder = users.get(Actor.SUPPORT_WORKER + "@" + Place.OWN);
		lead = fixtures.user(agency.get(Place.OWN).id(), Role.SAFEGUARDING_LEAD);
	}

	Stream<Arguments> cases() {
		return Stream
			.of(Arguments.of(Actor.SUPPORT_WORKER, Place.OWN, ConsentState.NONE, false),
					Arguments.of(Actor.SUPPORT_WORKER, Place.OTHER, ConsentState.GIVEN, true),
					Arguments.of(Actor.AGENCY_PRACTITIONER, Place.OTHER, ConsentState.GIVEN, false),
					Arguments.of(Actor.AGENCY_PRACTITIONER, Place.OWN, ConsentState.WITHDRAWN, false),
					Arguments.of(Actor.AGENCY_PRACTITIONER, Place.OWN, ConsentState.EXPIRED, false),
					Arguments.of(Actor.AGENCY_PRACTITIONER, Place.OWN, ConsentState.NONE, false),
					Arguments.of(Actor.SAFEGUARDING_LEAD, Place.OTHER, ConsentState.WITHDRAWN, true),
					Arguments.of(Actor.SCHOOL_PRACTITIONER, Place.OWN, ConsentState.GIVEN, false),
					Arguments.of(Actor.SCHOOL_PRACTITIONER, Place.OTHER, ConsentState.NONE, true),
					Arguments.of(Actor.VOLUNTEER, Place.OWN, ConsentState.GIVEN, true),
					Arguments.of(Actor.MANAGER, Place.OWN, ConsentState.GIVEN, false),
					Arguments.of(Actor.DATA_PROTECTION_OFFICER, Place.OWN, ConsentState.GIVEN, false),
					Arguments.of(Actor.ADMINISTRATOR, Place.OTHER, ConsentState.NONE, true))
			.map(a -> {
				var args = a.get();
				return Arguments.of(args[0], args[1], args[2], args[3],
						expected((Actor) args[0], (Place) args[1], (ConsentState) args[2], (boolean) args[3]));
			});
	}

	/**
	 * The rule, written out: what each case must answer, as "allowed BASIS" or "refused
	 * BASIS".
	 */
	static String expected(Actor actor, Place place, ConsentState consent, boolean safeguarding) {
		if (actor == Actor.SUPPORT_WORKER) {
			return (place != Place.OWN) ? "refused ROLE" : "allowed ROLE";
		}
		if (!actor.agency()) {
			return "refused ROLE";
		}
		if (safeguarding) {
			return "allowed SAFEGUARDING";
		}
		return switch (consent) {
			case GIVEN -> "allowed CONSENT";
			case WITHDRAWN, EXPIRED -> "refused CONSENT";
			case NONE -> "refused ROLE";
		};
	}

	private Made make(ConsentState state, boolean approved) {
		var family = fixtures.family(ownLocality, school.get(Place.OWN).id(), school.get(Place.OTHER).id());
		var organisations = Set.of(familyMatters.get(Place.OWN).id(), familyMatters.get(Place.OTHER).id(),
				agency.get(Place.OWN).id(), agency.get(Place.OTHER).id());
		UUID consent = null;
		var today = ConsentFixtures.today();
		switch (state) {
			case GIVEN -> consent = fixtures.consent(recorder, family, organisations, Set.of(OrganisationType.SCHOOL));
			case WITHDRAWN -> {
				consent = fixtures.consent(recorder, family, organisations, Set.of(OrganisationType.SCHOOL));
				fixtures.withdraw(recorder, family, consent);
			}
			case EXPIRED -> consent = fixtures.consent(recorder, family, EnumSet.allOf(InformationKind.class),
					organisations, Set.of(OrganisationType.SCHOOL), today.minusDays(400), today.minusDays(1));
			case NONE -> {
			}
		}
		UUID approval = null;
		if (approved) {
			var named = new HashSet<>(organisations);
			named.add(school.get(Place.OWN).id());
			named.add(school.get(Place.OTHER).id());
			approval = fixtures.approvedSafeguarding(recorder, lead, family, named, today.plusDays(30));
		}
		return new Made(family, consent, approval);
	}

	@ParameterizedTest(name = "{0} of the {1} locality, consent {2}, safeguarding approved {3} -> {4}")
	@MethodSource("cases")
	void theFamilyPageShowsWhatTheRuleAllowsAndAuditsItsBasis(Actor actor, Place place, ConsentState consent,
			boolean safeguarding, String expected) throws Exception {
		var made = make(consent, safeguarding);
		var user = users.get(actor + "@" + place);
		boolean allowed = expected.startsWith("allowed");
		mvc.perform(get("/families/" + made.family().id()).with(user(user)))
			.andExpect(status().is(allowed ? 200 : 403));
		var basis = expected.split(" ")[1];
		String reference = switch (basis) {
			case "SAFEGUARDING" -> made.safeguarding().toString();
			case "CONSENT" -> switch (consent) {
				case WITHDRAWN -> "WITHDRAWN:" + made.consent();
				case EXPIRED -> "EXPIRED:" + made.consent();
				default -> made.consent().toString();
			};
			default -> (actor == Actor.SUPPORT_WORKER && place == Place.OWN) ? "SUPPORT_WORKER"
					: actor.agency() ? "NO_CONSENT_OR_SAFEGUARDING" : actor.role.name();
		};
		assertThat(fixtures.auditFor(made.family().id(), "FAMILY_VIEWED")).as("the page's audit event")
			.containsExactly(user.username() + " " + (allowed ? "ALLOWED" : "REFUSED") + " " + basis + " " + reference);

		var outcome = view(user, made.family().id());
		assertThat((outcome.view() != null) ? "allowed" : "refused").isEqualTo(expected.split(" ")[0]);

		if (outcome.view() != null) {
			var view = outcome.view();
			var family = made.family();
			if (actor == Actor.SCHOOL_PRACTITIONER) {
				var pupil = (place != Place.OWN) ? family.otherChild() : family.child();
				assertThat(view.people()).extracting(p -> p.id())
					.as("a school sees its own pupil only")
					.containsExactly(pupil);
				assertThat(view.people().get(0).phone()).isNull();
				assertThat(view.custody()).isEmpty();
				assertThat(view.timeline()).isEmpty();
				assertThat(view.showsHousehold()).isFalse();
				assertThat(view.family().keyWorkerId()).isNull();
			}
			else {
				assertThat(view.people()).extracting(p -> p.id())
					.containsExactlyInAnyOrder(family.father(), family.mother(), family.child(), family.otherChild());
				assertThat(view.custody()).hasSize(1);
				assertThat(view.showsHousehold()).isTrue();
			}
			assertThat(view.access().mayChange()).isEqualTo(actor == Actor.SUPPORT_WORKER);
		}
	}

	/** The API answers each case as the page does, and audits it the same way. */
	@ParameterizedTest(name = "API: {0} of the {1} locality, consent {2}, safeguarding approved {3} -> {4}")
	@MethodSource("cases")
	void theApiAnswersAsTheRuleSays(Actor actor, Place place, ConsentState consent, boolean safeguarding,
			String expected) throws Exception {
		var made = make(consent, safeguarding);
		boolean allowed = expected.startsWith("allowed");
		mvc.perform(get("/api/families/" + made.family().id()).header(HttpHeaders.AUTHORIZATION,
				"Bearer " + tokenOf.get(actor + "@" + place)))
			.andExpect(status().is(allowed ? 200 : 403));
		var events = fixtures.auditFor(made.family().id(), "FAMILY_VIEWED");
		assertThat(events).hasSize(1);
		assertThat((allowed ? "allowed " : "refused ") + events.get(0).split(" ")[2]).isEqualTo(expected);
	}

	private Outcome view(StaffPrincipal user, UUID familyId) {
		return fixtures.as(user, () -> {
			try {
				var view = records.view(familyId);
				return new Outcome(view, view.access().basis().name());
			}
			catch (AccessDeniedException refused) {
				var events = fixtures.auditFor(familyId, "FAMILY_VIEWED");
				return new Outcome(null, events.get(events.size() - 1).split(" ")[2]);
			}
		});
	}

	/**
	 * Who asks: each role, and an agency practitioner of a school apart, since a school
	 * sees only its pupils.
	 */
	enum Actor {

		VOLUNTEER(Role.VOLUNTEER), COURT_DESK_COORDINATOR(Role.COURT_DESK_COORDINATOR),
		SUPPORT_WORKER(Role.SUPPORT_WORKER), AGENCY_PRACTITIONER(Role.AGENCY_PRACTITIONER),
		SCHOOL_PRACTITIONER(Role.AGENCY_PRACTITIONER), SAFEGUARDING_LEAD(Role.SAFEGUARDING_LEAD),
		TRAINING_COORDINATOR(Role.TRAINING_COORDINATOR), MANAGER(Role.MANAGER), ADMINISTRATOR(Role.ADMINISTRATOR),
		DATA_PROTECTION_OFFICER(Role.DATA_PROTECTION_OFFICER);

		final Role role;

		Actor(Role role) {
			this.role = role;
		}

		boolean agency() {
			return this == AGENCY_PRACTITIONER || this == SCHOOL_PRACTITIONER || this == SAFEGUARDING_LEAD;
		}

	}

	enum Place {

		OWN, OTHER

	}

	enum ConsentState {

		NONE, GIVEN, WITHDRAWN, EXPIRED

	}

	/** The facts of one case, made afresh. */
	record Made(ConsentFixtures.TestFamily family, UUID consent, UUID safeguarding) {
	}

	record Outcome(FamilyView view, String basis) {
	}

}
