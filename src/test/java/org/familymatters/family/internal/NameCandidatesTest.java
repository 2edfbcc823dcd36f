package org.familymatters.family.internal;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule that finds full names in a text: neighbouring words split into a given and a
 * family name, lower-cased, by whole words; punctuation between words ends a name.
 */
class NameCandidatesTest {

	private static Set<String> onRecord(String given, String family) {
		return Set.of(NameCandidates.Candidate.key(given, family));
	}

	@Test
	void aFullNameIsFoundWhateverItsCaseAndShownAsTyped() {
		var text = "Could we talk about JAYDEN ashdown at the next meeting?";
		assertThat(NameCandidates.of(text).matching(onRecord("jayden", "ashdown"))).containsExactly("JAYDEN ashdown");
	}

	@Test
	void neighbouringWordsAreEachSplitIntoAGivenAndAFamilyName() {
		var candidates = NameCandidates.of("Mary Ann Smith-Jones").all();
		assertThat(candidates).extracting(NameCandidates.Candidate::key)
			.contains(NameCandidates.Candidate.key("mary", "ann"),
					NameCandidates.Candidate.key("mary ann", "smith-jones"),
					NameCandidates.Candidate.key("mary", "ann smith-jones"),
					NameCandidates.Candidate.key("ann", "smith-jones"));
		assertThat(NameCandidates.of("Thanks to Mary Ann Smith-Jones.").matching(onRecord("mary ann", "smith-jones")))
			.containsExactly("Mary Ann Smith-Jones");
	}

	@Test
	void onlyWholeWordsMatch() {
		assertThat(NameCandidates.of("Jaydenx Ashdown and Jayden Ashdowns").matching(onRecord("jayden", "ashdown")))
			.isEmpty();
	}

	@Test
	void punctuationBetweenTwoWordsEndsAName() {
		assertThat(NameCandidates.of("Jayden, Ashdown Road is closed").matching(onRecord("jayden", "ashdown")))
			.isEmpty();
		assertThat(NameCandidates.of("See Jayden\nAshdown").matching(onRecord("jayden", "ashdown")))
			.containsExactly("Jayden Ashdown");
	}

	@Test
	void apostrophesAreKeptInsideNamesAndEachNameIsGivenOnce() {
		var text = "Siobhan O’Neil and siobhan o'neil again";
		assertThat(NameCandidates.of(text).matching(onRecord("siobhan", "o'neil"))).containsExactly("Siobhan O’Neil");
	}

	@Test
	void aTextWithOneWordOrNoneHasNoCandidates() {
		assertThat(NameCandidates.of("Hello").all()).isEmpty();
		assertThat(NameCandidates.of("  ").all()).isEmpty();
		assertThat(NameCandidates.of(null).all()).isEmpty();
	}

	@Test
	void aLongTextIsReadUpToItsLimit() {
		var text = "word ".repeat(NameCandidates.MOST_WORDS_READ * 2);
		assertThat(NameCandidates.of(text).all()).hasSizeLessThan(NameCandidates.MOST_WORDS_READ * 10);
	}

}
