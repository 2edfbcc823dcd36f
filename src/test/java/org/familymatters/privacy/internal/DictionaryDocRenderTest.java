package org.familymatters.privacy.internal;

import java.util.List;

import org.familymatters.privacy.internal.DataDictionary.Entry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data dictionary's document, without a database: one table per module, each column
 * with its class and its retention in words, a record kept with another table's following
 * it to the kind that removes it.
 */
class DictionaryDocRenderTest {

	private static final List<Entry> ENTRIES = List.of(
			new Entry("family", "family", "id", "NOT_PERSONAL", "CLOSED_FAMILIES", "Identifier"),
			new Entry("family", "person", "given_name", "PERSONAL", "WITH_RECORD:family", "Given name"),
			new Entry("family", "custody_episode", "sentence", "CRIMINAL_OFFENCE", "WITH_RECORD:person",
					"Their sentence | in words"),
			new Entry("identity", "user_account", "password_hash", "SECRET", "WHILE_IN_USE", "Hash"));

	@Test
	void eachModuleHasATableWithEachColumnsClassAndRetentionInWords() {
		var doc = DictionaryDoc.render(ENTRIES);
		assertThat(doc).startsWith("# Data dictionary\n")
			.contains("| Criminal offence (`CRIMINAL_OFFENCE`) | About criminal convictions")
			.contains("| Family records after support has closed (`CLOSED_FAMILIES`) | 6 years | 2 years to 25 years |")
			.contains("\n## identity\n")
			.contains("| `user_account` | `password_hash` | Secret | Kept while in use; removed by an administrator"
					+ " when no longer needed | Hash |")
			.contains("| `family` | `id` | Not personal | Family records after support has closed: 6 years, then made"
					+ " anonymous | Identifier |")
			.contains("| `custody_episode` | `sentence` | Criminal offence | With its `person` row (Family records"
					+ " after support has closed: 6 years, then made anonymous) | Their sentence \\| in words |");
		assertThat(doc.indexOf("## identity")).isLessThan(doc.indexOf("## family"));
		assertThat(DictionaryDoc.render(ENTRIES)).isEqualTo(doc);
	}

}
