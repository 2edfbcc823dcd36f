package org.familymatters.directory;

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
		mvc.perform(get("/support/{id}", "8a3d2c10-0000-4000-8000-000000000104"))
			.andExpect(content().string(containsString("We do not have contact details for this service yet")));
	}

	@Test
	void unknownServicesAreNotFound() throws Exception {
		mvc.perform(get("/support/{id}", "00000000-0000-4000-8000-000000000000")).andExpect(status().isNotFound());
		mvc.perform(get("/support/not-a-service")).andExpect(status().isBadRequest());
	}

}
