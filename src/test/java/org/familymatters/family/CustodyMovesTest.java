package org.familymatters.family;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.familymatters.identity.OrganisationType;
import org.familymatters.identity.Role;
import org.familymatters.shared.time.ServiceTime;
import org.familymatters.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Moves between prisons, recorded from a custody episode's change page: the stay before
 * ends the day before, the episode's prison becomes the new one, the family's page shows
 * the history and links to the prison's family services; a move to the same prison, one
 * that overlaps a stay, one before the custody began, or one from a replaced version is
 * refused by its field, and nothing is saved.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CustodyMovesTest {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	@Autowired
	MockMvc mvc;

	@Autowired
	FamilyTestData data;

	@Autowired
	JdbcClient jdbc;

	RequestPostProcessor supportWorker;

	UUID bullingdon;

	UUID woodhill;

	UUID family;

	UUID episode;

	final LocalDate today = LocalDate.now(ServiceTime.ZONE);

	final LocalDate remanded = today.minusDays(200);

	@BeforeAll
	void theUserAndPrisons() {
		supportWorker = user(data.user(
				data.organisation("Family Matters Banbury", OrganisationType.VOLUNTARY, FamilyTestData.BANBURY),
				Role.SUPPORT_WORKER));
		bullingdon = prison("HMP Bullingdon");
		woodhill = prison("HMP Woodhill");
	}

	@BeforeEach
	void aFamilyWithAnEpisodeAtBullingdon() throws Exception {
		family = data.family(FamilyTestData.BANBURY, "OX16 2ZZ");
		var father = data.person(family, "Dale", "Moved-Test", LocalDate.of(1985, 3, 1), "in_custody");
		mvc.perform(post("/families/" + family + "/custody/new").param("personId", father.toString())
			.param("prisonId", bullingdon.toString())
			.param("remandedOn.day", Integer.toString(remanded.getDayOfMonth()))
			.param("remandedOn.month", Integer.toString(remanded.getMonthValue()))
			.param("remandedOn.year", Integer.toString(remanded.getYear()))
			.with(supportWorker)
			.with(csrf())).andExpect(status().is3xxRedirection());
		episode = jdbc
			.sql("select c.id from custody_episode c join person p on p.id = c.person_id"
					+ " where p.family_id = :family")
			.param("family", family)
			.query(UUID.class)
			.single();
	}

	private UUID prison(String name) {
		return jdbc.sql("select id from prison where name = :name").param("name", name).query(UUID.class).single();
	}

	private long version() {
		return data.version("custody_episode", episode);
	}

	private List<String> stays() {
		return jdbc.sql("""
				select p.name || ' ' || coalesce(s.from_on::text, '-') || ' ' || coalesce(s.to_on::text, '-')
				from custody_move s join prison p on p.id = s.prison_id
				where s.episode_id = :id order by s.from_on
				""").param("id", episode).query(String.class).list();
	}

	private ResultActions move(UUID prison, LocalDate on, long version) throws Exception {
		return mvc
			.perform(post("/families/" + family + "/custody/" + episode + "/move").param("prisonId", prison.toString())
				.param("movedOn.day", Integer.toString(on.getDayOfMonth()))
				.param("movedOn.month", Integer.toString(on.getMonthValue()))
				.param("movedOn.year", Integer.toString(on.getYear()))
				.param("version", Long.toString(version))
				.with(supportWorker)
				.with(csrf()));
	}

	@Test
	void aMoveClosesTheStayBeforeAndTheFamilysPageShowsTheHistory() throws Exception {
		assertThat(stays()).containsExactly("HMP Bullingdon " + remanded + " -");
		mvc.perform(get("/families/" + family + "/custody/" + episode + "/edit").with(supportWorker))
			.andExpect(content().string(containsString("/families/" + family + "/custody/" + episode + "/move")));
		mvc.perform(get("/families/" + family + "/custody/" + episode + "/move").with(supportWorker))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Held now at")));
		var movedOn = today.minusDays(100);
		move(woodhill, movedOn, version()).andExpect(status().is3xxRedirection());

		assertThat(stays()).containsExactly("HMP Bullingdon " + remanded + " " + movedOn.minusDays(1),
				"HMP Woodhill " + movedOn + " -");
		assertThat(jdbc.sql("select prison_id from custody_episode where id = :id")
			.param("id", episode)
			.query(UUID.class)
			.single()).isEqualTo(woodhill);
		var woodhillOrganisation = jdbc.sql("select organisation_id from prison where id = :id")
			.param("id", woodhill)
			.query(UUID.class)
			.single();
		mvc.perform(get("/families/" + family).with(supportWorker))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"HMP Bullingdon, from " + DAY.format(remanded) + " to " + DAY.format(movedOn.minusDays(1)))))
			.andExpect(content().string(containsString("HMP Woodhill, from " + DAY.format(movedOn) + " to now")))
			.andExpect(content().string(containsString("href=\"/prisons/" + woodhillOrganisation + "\"")))
			.andExpect(content().string(containsString("Family services at HMP Woodhill")));
		assertThat(data.actions(family)).contains("CUSTODY_MOVE_RECORDED ALLOWED");
	}

	@Test
	void aMoveThatBreaksARuleIsRefusedByItsFieldAndNothingIsSaved() throws Exception {
		var movedOn = today.minusDays(100);
		move(woodhill, movedOn, version()).andExpect(status().is3xxRedirection());
		var before = stays();
		long version = version();

		move(bullingdon, movedOn, version).andExpect(status().isOk())
			.andExpect(content().string(containsString("The date of the move must be after " + DAY.format(movedOn)
					+ ", when the stay in the prison before began")));
		move(bullingdon, remanded.minusDays(1), version).andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"The date of the move cannot be before the custody began, on " + DAY.format(remanded))));
		move(woodhill, today, version).andExpect(status().isOk())
			.andExpect(content().string(containsString("They are already at HMP Woodhill")));
		move(bullingdon, today.plusDays(1), version).andExpect(status().isOk())
			.andExpect(content().string(containsString("must be today or in the past")));
		move(bullingdon, today, version - 1).andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed this record")));
		mvc.perform(post("/families/" + family + "/custody/" + episode + "/move").param("prisonId", "not-a-prison")
			.param("movedOn.day", "31")
			.param("movedOn.month", "2")
			.param("movedOn.year", "2026")
			.param("version", Long.toString(version))
			.with(supportWorker)
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose the prison they moved to from the list")))
			.andExpect(content().string(containsString("Enter a real date")));

		assertThat(stays()).isEqualTo(before);
		assertThat(version()).isEqualTo(version);
	}

	@Test
	void anEpisodeRecordedBeforeStaysWereKeptGetsItsFirstStayWithTheMove() throws Exception {
		jdbc.sql("delete from custody_move where episode_id = :id").param("id", episode).update();
		var movedOn = today.minusDays(10);
		move(woodhill, movedOn, version()).andExpect(status().is3xxRedirection());
		assertThat(stays()).containsExactly("HMP Bullingdon " + remanded + " " + movedOn.minusDays(1),
				"HMP Woodhill " + movedOn + " -");
	}

}
