package org.familymatters.directory;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.familymatters.directory.internal.ServiceWriter;
import org.familymatters.identity.Localities;
import org.familymatters.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public search and service pages. */
@IntegrationTest
class SupportPagesTest {

	static final String SATURDAY_CLUB = SaturdayClub.NAME;

	static final String SATURDAY_CLUB_ID = SaturdayClub.ID;

	@Autowired
	MockMvc mvc;

	@Autowired
	Localities localities;

	@Autowired
	ServiceWriter writer;

	@Autowired
	TransactionTemplate transactions;

	@BeforeEach
	void saturdayClub() {
		SaturdayClub.ensure(writer, transactions, localities);
	}

	private String town() {
		return SaturdayClub.town(localities);
	}

	@Test
	void aWeekendServiceForATenYearOldInBanburyIsFound() throws Exception {
		mvc.perform(get("/support").param("place", town()).param("age", "10").param("weekends", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1 service found")))
			.andExpect(content().string(containsString(SATURDAY_CLUB)));
	}

	@Test
	void filtersLeaveOutWhatDoesNotFit() throws Exception {
		mvc.perform(get("/support").param("place", town()).param("age", "40").param("weekends", "true"))
			.andExpect(content().string(containsString("No services found")));
		var slough = localities.findByNameIgnoringCase("Slough").orElseThrow().id().toString();
		mvc.perform(get("/support").param("place", slough))
			.andExpect(content().string(not(containsString(SATURDAY_CLUB))))
			.andExpect(content().string(containsString("Family Matters court desks")))
			.andExpect(content().string(containsString("Advice and Information Service")));
		mvc.perform(get("/support").param("place", "county:Oxfordshire").param("q", "court"))
			.andExpect(content().string(containsString("Family Matters court desks")));
	}

	@Test
	void badInputIsShownByTheFieldAndKept() throws Exception {
		mvc.perform(get("/support").param("age", "ten").param("place", "the moon").param("need", "x"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("Enter an age as a number, like 10")))
			.andExpect(content().string(containsString("Choose a place from the list")))
			.andExpect(content().string(containsString("Choose a kind of help from the list")))
			.andExpect(content().string(containsString("value=\"ten\"")));
		mvc.perform(get("/support").param("age", "300"))
			.andExpect(content().string(containsString("Enter an age from 0 to 120")));
	}

	@Test
	void theServicePageHasWhatAFamilyNeedsToMakeContact() throws Exception {
		mvc.perform(get("/support/{id}", SATURDAY_CLUB_ID))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(SATURDAY_CLUB)))
			.andExpect(content().string(containsString("Saturday: 10:00 to 12:00")))
			.andExpect(content().string(containsString("Ages 5 to 16")))
			.andExpect(content().string(containsString(SaturdayClub.TOWN)));
		var bare = UUID.fromString("5e000000-0000-4000-8000-0000000001b0");
		transactions.executeWithoutResult(
				tx -> writer.saveService(
						new DirectoryService(
								new ServiceSummary(bare, UUID.fromString("5e000000-0000-4000-8000-000000000001"), null,
										null, "A service with no contact details (test fixture)", "Nothing to ring.",
										null, null, "active", null, null, null, null, null, null, null, Instant.now()),
								List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of()),
						Instant.now()));
		mvc.perform(get("/support/{id}", bare))
			.andExpect(content().string(containsString("We do not have contact details for this service yet")))
			.andExpect(content().string(not(containsString("one of Family Matters' own services"))));
	}

	/**
	 * Issue 11: a member of the public whose search has no local match is shown the
	 * national helplines for families of prisoners, each with a number to ring.
	 */
	@Test
	void aSearchWithNoLocalMatchShowsTheNationalHelplinesWithTheirNumbers() throws Exception {
		mvc.perform(get("/support").param("q", "astronomy telescopes"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No services found")))
			.andExpect(content().string(containsString("National helplines for families of prisoners")))
			.andExpect(content().string(containsString("Prisoners&#39; Families Helpline")))
			.andExpect(content().string(containsString("href=\"tel:08088082003\"")))
			.andExpect(content().string(containsString("0808 808 2003")));
		mvc.perform(get("/support").param("place", town()).param("age", "10").param("weekends", "true"))
			.andExpect(content().string(containsString("1 service found")))
			.andExpect(content().string(containsString("National helplines for families of prisoners")));
		var slough = localities.findByNameIgnoringCase("Slough").orElseThrow().id().toString();
		mvc.perform(get("/support").param("place", slough))
			.andExpect(content().string(not(containsString("National helplines for families of prisoners"))));
	}

	/**
	 * Issue 11: Family Matters' own services lead to "Ask for support" instead of saying
	 * there are no contact details.
	 */
	@Test
	void familyMattersOwnServicesLeadToAskForSupport() throws Exception {
		for (var own : List.of("8a3d2c10-0000-4000-8000-000000000106", "8a3d2c10-0000-4000-8000-000000000108")) {
			mvc.perform(get("/support/{id}", own))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("href=\"/ask-for-support\" role=\"button\"")))
				.andExpect(content().string(containsString("one of Family Matters' own services")))
				.andExpect(content().string(not(containsString("We do not have contact details"))));
		}
	}

	/**
	 * Issue 11: the organisations the resources page names have the contact details their
	 * own pages publish (docs/directory.md says which page).
	 */
	@Test
	void theSupportOrganisationsHaveTheirPublishedContactDetails() throws Exception {
		mvc.perform(get("/support/{id}", "8a3d2c10-0000-4000-8000-000000000103"))
			.andExpect(content().string(containsString("0161 702 1000")))
			.andExpect(content().string(containsString("https://www.partnersofprisoners.co.uk/")))
			.andExpect(content().string(containsString("Details last checked on 1 December 2026")));
		mvc.perform(get("/support/{id}", "8a3d2c10-0000-4000-8000-000000000105"))
			.andExpect(content().string(containsString("0800 254 0088")));
		mvc.perform(get("/support/{id}", "8a3d2c10-0000-4000-8000-000000000107"))
			.andExpect(content().string(containsString("Prison Advice and Care Trust (Pact)")))
			.andExpect(content().string(containsString("0808 808 3444")));
		mvc.perform(get("/support/{id}", "8a3d2c10-0000-4000-8000-000000000101"))
			.andExpect(content().string(containsString("Prisoners&#39; Families Helpline")))
			.andExpect(content().string(containsString("0808 808 2003")))
			.andExpect(content().string(containsString("https://www.prisonadvice.org.uk/")));
	}

	/** Issue 11: any page number is answered, one past the last by saying so. */
	@Test
	void anyPageNumberIsAnsweredAndOnePastTheLastSaysSo() throws Exception {
		mvc.perform(get("/support").param("q", "helpline").param("page", "999"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is no page 999 of these results")));
		for (var page : List.of("abc", "-1", "0", "\u0000", "99999999999999999999", "2147483647")) {
			mvc.perform(get("/support").param("q", "helpline").param("page", page)).andExpect(status().isOk());
		}
		mvc.perform(get("/support").param("q", "help\u0000line").param("place", "\u0000").param("need", "%00"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")));
	}

	@Test
	void unknownServicesAreNotFound() throws Exception {
		mvc.perform(get("/support/{id}", "00000000-0000-4000-8000-000000000000")).andExpect(status().isNotFound());
		mvc.perform(get("/support/not-a-service")).andExpect(status().isBadRequest());
	}

}
