package org.familymatters.privacy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.familymatters.privacy.internal.DataDictionary;
import org.familymatters.privacy.internal.DictionaryDoc;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code docs/data-dictionary.md} is what the data dictionary generates: a change to a
 * module's CSV without the document fails here. Run with
 * {@code -Ddata-dictionary.write=true} to write the document instead.
 */
class DataDictionaryDocTest {

	private static final Path DOCUMENT = Path.of("docs/data-dictionary.md");

	@Test
	void theCommittedDocumentIsWhatTheDictionaryGenerates() throws IOException {
		var generated = DictionaryDoc.render(DataDictionary.load().entries());
		if (Boolean.getBoolean("data-dictionary.write")) {
			Files.writeString(DOCUMENT, generated, StandardCharsets.UTF_8);
		}
		var committed = Files.exists(DOCUMENT) ? Files.readString(DOCUMENT, StandardCharsets.UTF_8) : "";
		assertThat(committed).as("docs/data-dictionary.md differs from what %s/*.csv generates: run "
				+ "./mvnw -o test -Dtest=DataDictionaryDocTest -Ddata-dictionary.write=true and commit the document",
				DataDictionary.SOURCE_FOLDER)
			.isEqualTo(generated);
	}

}
