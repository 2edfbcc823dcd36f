package org.familymatters.shared.privacy;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Taking a person's names out of free text, and finding them by what they told us. */
class NameRedactionTest {

	@Test
	void fullNamesAndFirstNamesGoAsWholeWordsInAnyCase() {
		var names = List.of("Erin Quill", "Erin Mae Quill");
		assertThat(NameRedaction.redact("Called ERIN  quill; erin will visit. Erinn and Quillan stay.", names))
			.isEqualTo("Called [name erased]; [name erased] will visit. Erinn and Quillan stay.");
		assertThat(NameRedaction.redact("Erin Mae Quill came", names)).isEqualTo("[name erased] came");
	}

	@Test
	void textWithoutTheNamesIsLeftAsItIs() {
		assertThat(NameRedaction.names("The family visited", List.of("Erin Quill"))).isFalse();
		assertThat(NameRedaction.redact("The family visited", List.of("Erin Quill"))).isEqualTo("The family visited");
		assertThat(NameRedaction.redact(null, List.of("Erin Quill"))).isNull();
		assertThat(NameRedaction.redact("Erin", List.of())).isEqualTo("Erin");
	}

	@Test
	void namesWithCharactersARegularExpressionWouldReadAreTakenLiterally() {
		assertThat(NameRedaction.redact("Saw O'Neil (.*) today", List.of("O'Neil (.*)")))
			.isEqualTo("Saw [name erased] today");
	}

	@Test
	void phonesAreComparedByTheirDigits() {
		assertThat(SubjectMatch.phoneDigits("+44 7700 900123")).isEqualTo("07700900123");
		assertThat(SubjectMatch.phoneDigits("(07700) 900 123")).isEqualTo("07700900123");
		assertThat(SubjectMatch.phoneDigits(" ")).isNull();
		assertThat(SubjectMatch.email(" Erin@Example.org ")).isEqualTo("erin@example.org");
	}

}
