package org.familymatters.family;

import java.time.LocalDate;
import java.util.UUID;

import org.familymatters.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Likely matches find the person already on record despite typing errors, swapped first
 * and family names, other spellings and names that sound the same; and find nobody for a
 * different person.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LikelyMatchesTest {

	@Autowired
	LikelyMatches matches;

	@Autowired
	FamilyTestData data;

	UUID jonathan;

	UUID pemberton;

	UUID smith;

	UUID catherine;

	@BeforeAll
	void people() {
		var family = data.family(FamilyTestData.BANBURY, "OX16 1AB");
		jonathan = data.person(family, "Jonathan", "Blackthorne", LocalDate.of(1980, 5, 5), "in_custody");
		pemberton = data.person(data.family(FamilyTestData.BANBURY, null), "Maddox", "Pemberton",
				LocalDate.of(1979, 8, 14), "parent_or_carer");
		smith = data.person(data.family(FamilyTestData.BANBURY, null), "John", "Smith", LocalDate.of(1971, 2, 3),
				"in_custody");
		catherine = data.person(data.family(FamilyTestData.BANBURY, null), "Catherine", "Thwaite", null,
				"parent_or_carer");
	}

	@Test
	void typingErrorsInBothNames() {
		var found = matches.find(new LikelyMatches.Candidate("Jonahtan", "Blcakthorne", null, null), 10);
		assertThat(found).extracting(LikelyMatches.Match::personId).contains(jonathan);
		assertThat(found.stream().filter(m -> m.personId().equals(jonathan)).findFirst().orElseThrow().reasons())
			.containsAnyOf("similar family name", "family name sounds the same");
	}

	@Test
	void aSameDateOfBirthAndPostcodeComeFirst() {
		var found = matches.find(new LikelyMatches.Candidate("Jon", "Blackthorn", LocalDate.of(1980, 5, 5), "ox161ab"),
				10);
		assertThat(found).isNotEmpty();
		assertThat(found.get(0).personId()).isEqualTo(jonathan);
		assertThat(found.get(0).reasons()).contains("same date of birth", "same postcode");
	}

	@Test
	void swappedFirstAndFamilyNames() {
		var found = matches.find(new LikelyMatches.Candidate("Pemberton", "Maddox", null, null), 10);
		var match = found.stream().filter(m -> m.personId().equals(pemberton)).findFirst().orElseThrow();
		assertThat(match.reasons()).contains("first and family names swapped");
	}

	@Test
	void otherSpellingsAndNamesThatSoundTheSame() {
		var found = matches.find(new LikelyMatches.Candidate("Jon", "Smyth", LocalDate.of(1971, 2, 3), null), 10);
		var match = found.stream().filter(m -> m.personId().equals(smith)).findFirst().orElseThrow();
		assertThat(match.reasons()).contains("family name sounds the same", "first name sounds the same",
				"same date of birth");

		var kathryn = matches.find(new LikelyMatches.Candidate("Kathryn", "Thwayte", null, null), 10);
		assertThat(kathryn).extracting(LikelyMatches.Match::personId).contains(catherine);
	}

	@Test
	void aDifferentPersonMatchesNobody() {
		var found = matches
			.find(new LikelyMatches.Candidate("Priya", "Ramasubramanian", LocalDate.of(2001, 12, 30), null), 10);
		assertThat(found).extracting(LikelyMatches.Match::personId)
			.doesNotContain(jonathan, pemberton, smith, catherine);
		assertThat(found)
			.allSatisfy(m -> assertThat(m.familyName()).isNotIn("Blackthorne", "Pemberton", "Smith", "Thwaite"));
	}

	@Test
	void aFamilyNameAloneIsEnough() {
		var found = matches.find(new LikelyMatches.Candidate(null, "Pembertone", null, null), 10);
		assertThat(found).extracting(LikelyMatches.Match::personId).contains(pemberton);
	}

	@Test
	void noFamilyNameNoMatches() {
		assertThat(matches.find(new LikelyMatches.Candidate("John", " ", null, null), 10)).isEmpty();
	}

}
