package org.familymatters.shared.privacy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How every subject access source recognises the person: pure rules, no Spring. */
class IdentifiersTest {

	private static final LocalDate BORN = LocalDate.of(1990, 7, 9);

	private final Identifiers kerry = Identifiers
		.of(new DataSubject(UUID.randomUUID(), "Kerry  Ann Whitlock", Set.of("Kerry Hale", "Kez"), BORN, "OX16 5QB",
				" Kerry@Example.org ", "+44 7700 900123", Set.of(), Set.of()));

	@Test
	void namesAreWholeNamesWhateverTheCaseAndSpaces() {
		assertThat(Identifiers.name("  Kerry \t WHITLOCK ")).isEqualTo("kerry whitlock");
		assertThat(kerry.isNamed("kerry ann whitlock")).isTrue();
		assertThat(kerry.isNamed("Kerry Ann", "Whitlock")).isTrue();
		assertThat(kerry.isNamed("KERRY", "HALE")).isTrue();
		assertThat(kerry.isNamed("Kerry")).isFalse();
		assertThat(kerry.isNamed("Kez")).as("a one-word name identifies nobody").isFalse();
		assertThat(kerry.isNamed("Kerry Whitlock")).isFalse();
		assertThat(kerry.isNamed(null, null)).isFalse();
	}

	@Test
	void aDifferentDateOfBirthRulesANameOut() {
		assertThat(kerry.isNamed("Kerry", "Hale", BORN)).isTrue();
		assertThat(kerry.isNamed("Kerry", "Hale", null)).isTrue();
		assertThat(kerry.isNamed("Kerry", "Hale", BORN.plusDays(1))).isFalse();
	}

	@Test
	void phonesMatchByTheirDigitsWithTheUkPrefixAsZero() {
		assertThat(Identifiers.phone("+44 (0)7700 900123")).isEqualTo("07700900123");
		assertThat(Identifiers.phone("+44 7700 900123")).isEqualTo("07700900123");
		assertThat(Identifiers.phone("0044 7700 900123")).isEqualTo("07700900123");
		assertThat(Identifiers.phone("07700-900-123")).isEqualTo("07700900123");
		assertThat(Identifiers.phone(null)).isEmpty();
		assertThat(kerry.hasPhone("07700 900 123")).isTrue();
		assertThat(kerry.hasPhone("07700 900 124")).isFalse();
		assertThat(kerry.phoneTail()).isEqualTo("7700900123");
	}

	@Test
	void eMailsMatchWhateverTheirCase() {
		assertThat(kerry.hasEmail("KERRY@example.ORG")).isTrue();
		assertThat(kerry.hasEmail("kerry@example.com")).isFalse();
		assertThat(kerry.hasEmail(null)).isFalse();
		var noEmail = Identifiers
			.of(new DataSubject(UUID.randomUUID(), "A Person", Set.of(), null, null, null, null, Set.of(), Set.of()));
		assertThat(noEmail.hasEmail("")).as("no e-mail given matches nothing").isFalse();
		assertThat(noEmail.hasPhone("")).isFalse();
	}

	@Test
	void familyNameCandidatesAreTheLastWordsOfEachName() {
		assertThat(kerry.familyNameCandidates()).containsExactlyInAnyOrder("whitlock", "ann whitlock", "hale");
		assertThat(kerry.lastWords()).containsExactlyInAnyOrder("whitlock", "hale");
		var oneWord = Identifiers
			.of(new DataSubject(UUID.randomUUID(), "Kez", Set.of(), null, null, null, null, Set.of(), Set.of()));
		assertThat(oneWord.familyNamesForSql()).containsExactly("");
		assertThat(Identifiers.idsForSql(Set.of())).containsExactly(new UUID(0, 0));
	}

	@Test
	void aTextNamesThemOnlyByAWholeNameAsWords() {
		assertThat(kerry.namedIn("We spoke to KERRY\nANN WHITLOCK today.")).isTrue();
		assertThat(kerry.namedIn("Kerry Hale's children")).isTrue();
		assertThat(kerry.namedIn("Kerry Halesworth")).isFalse();
		assertThat(kerry.namedIn("Kerry phoned")).isFalse();
	}

	@Test
	void onlyThePassagesNamingThemAreKept() {
		var minutes = "Family A is doing well.\nKerry Hale asked for help with visits.\n\nThe school will call Darren.";
		assertThat(kerry.passagesNaming(minutes)).containsExactly("Kerry Hale asked for help with visits.");
		assertThat(kerry.passagesNaming(null)).isEmpty();
	}

	@Test
	void otherPeoplesNamesAreTakenOutOfFreeText() {
		var text = "Kerry Hale and Jayden Whitlock came; Jayden is struggling. Mia stayed at home.";
		assertThat(kerry.withoutNames(text, List.of("Jayden Whitlock", "Jayden", "Mia", "Whitlock")))
			.isEqualTo("Kerry Hale and [another person] came; [another person] is struggling."
					+ " [another person] stayed at home.");
		assertThat(kerry.withoutNames(text, List.of("Kerry Hale"))).as("their own name stays").isEqualTo(text);
		assertThat(kerry.withoutNames(null, List.of("Mia"))).isNull();
	}

}
