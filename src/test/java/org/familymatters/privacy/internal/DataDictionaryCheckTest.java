package org.familymatters.privacy.internal;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.familymatters.privacy.internal.DataDictionary.Entry;
import org.familymatters.privacy.internal.DictionaryCheck.Column;
import org.familymatters.shared.privacy.DataClass;
import org.familymatters.shared.privacy.RetentionKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data dictionary's check, without a database: a column without a row, an unknown
 * class, a stale row and the other mistakes are each found and said with the table.column
 * and the file to put right.
 */
class DataDictionaryCheckTest {

	private static final Map<String, String> OWNERS = Map.of("family", "family", "person", "family", "referral",
			"referral");

	private static final List<Column> COLUMNS = List.of(new Column("family", "id"), new Column("family", "postcode"),
			new Column("person", "family_id"), new Column("person", "given_name"));

	private static Entry row(String module, String table, String column, String dataClass, String retention) {
		return new Entry(module, table, column, dataClass, retention, "Some words");
	}

	private static List<Entry> whole() {
		return List.of(row("family", "family", "id", "NOT_PERSONAL", "CLOSED_FAMILIES"),
				row("family", "family", "postcode", "PERSONAL", "CLOSED_FAMILIES"),
				row("family", "person", "family_id", "NOT_PERSONAL", "WITH_RECORD:family"),
				row("family", "person", "given_name", "PERSONAL", "WITH_RECORD:family"));
	}

	@Test
	void aWholeDictionaryHasNoProblems() {
		assertThat(DictionaryCheck.problems(whole(), COLUMNS, OWNERS)).isEmpty();
	}

	@Test
	void aColumnWithoutARowSaysWhichAndWhereToAddIt() {
		var columns = new ArrayList<>(COLUMNS);
		columns.add(new Column("person", "date_of_birth"));
		assertThat(DictionaryCheck.problems(whole(), columns, OWNERS)).singleElement()
			.asString()
			.startsWith("person.date_of_birth has no class: add a row to "
					+ "src/main/resources/data-dictionary/family.csv: person,date_of_birth,<NOT_PERSONAL|PERSONAL|");
	}

	@Test
	void anUnknownClassIsNamed() {
		var entries = new ArrayList<>(whole());
		entries.set(1, row("family", "family", "postcode", "PRIVATE", "CLOSED_FAMILIES"));
		assertThat(DictionaryCheck.problems(entries, COLUMNS, OWNERS)).singleElement()
			.asString()
			.startsWith("family.postcode has the class 'PRIVATE', which is none of NOT_PERSONAL|");
	}

	@Test
	void aRowForAColumnNoMigrationCreatesIsStale() {
		var entries = new ArrayList<>(whole());
		entries.add(row("family", "family", "fax", "PERSONAL", "CLOSED_FAMILIES"));
		assertThat(DictionaryCheck.problems(entries, COLUMNS, OWNERS)).containsExactly(
				"family.fax is in src/main/resources/data-dictionary/family.csv but no migration creates that column:"
						+ " remove the row, or correct its name.");
	}

	@Test
	void aRetentionThatIsNoneOfTheKnownOnesIsNamed() {
		var entries = new ArrayList<>(whole());
		entries.set(1, row("family", "family", "postcode", "PERSONAL", "FOREVER"));
		assertThat(DictionaryCheck.problems(entries, COLUMNS, OWNERS)).singleElement()
			.asString()
			.startsWith("family.postcode has the retention 'FOREVER'");
	}

	@Test
	void personalDataCannotBeKeptWithoutARule() {
		var entries = new ArrayList<>(whole());
		entries.set(3, row("family", "person", "given_name", "PERSONAL", "NONE"));
		assertThat(DictionaryCheck.problems(entries, COLUMNS, OWNERS)).singleElement()
			.asString()
			.startsWith("person.given_name is PERSONAL but has the retention NONE");
	}

	@Test
	void aRecordKeptWithAnUnknownTableOrInACircleIsFound() {
		var unknown = new ArrayList<>(whole());
		unknown.set(2, row("family", "person", "family_id", "NOT_PERSONAL", "WITH_RECORD:household"));
		assertThat(DictionaryCheck.problems(unknown, COLUMNS, OWNERS)).singleElement()
			.asString()
			.startsWith(
					"person.family_id is kept with the record of household, which the data dictionary does not have");
		var circle = new ArrayList<>(whole());
		circle.set(0, row("family", "family", "id", "NOT_PERSONAL", "WITH_RECORD:person"));
		assertThat(DictionaryCheck.problems(circle, COLUMNS, OWNERS)).anySatisfy(
				p -> assertThat(p).startsWith("family is kept with the record of a table that is kept with it"));
	}

	@Test
	void aRowTwiceOrInAnotherModulesFileOrWithoutWordsIsFound() {
		var entries = new ArrayList<>(whole());
		entries.add(row("family", "family", "id", "NOT_PERSONAL", "CLOSED_FAMILIES"));
		entries.set(1, row("referral", "family", "postcode", "PERSONAL", "CLOSED_FAMILIES"));
		entries.set(3, new Entry("family", "person", "given_name", "PERSONAL", "WITH_RECORD:family", " "));
		assertThat(DictionaryCheck.problems(entries, COLUMNS, OWNERS)).containsExactlyInAnyOrder(
				"family.id has two rows in the data dictionary: keep one, in src/main/resources/data-dictionary/family.csv.",
				"family.postcode is in src/main/resources/data-dictionary/referral.csv but family belongs to family:"
						+ " move the row to src/main/resources/data-dictionary/family.csv.",
				"person.given_name has no description: say in a few plain words what it holds, in"
						+ " src/main/resources/data-dictionary/family.csv.");
	}

	@Test
	void theFileIsReadByItsHeader() throws IOException {
		var entries = DataDictionary.parse("family", new StringReader("""
				table,column,class,retention,description
				person,given_name,PERSONAL,WITH_RECORD:family,"Given name, as they spell it"
				"""));
		assertThat(entries).containsExactly(new Entry("family", "person", "given_name", "PERSONAL",
				"WITH_RECORD:family", "Given name, as they spell it"));
		assertThat(entries.get(0).dataClass()).contains(DataClass.PERSONAL);
		assertThat(DictionaryCheck.retention("UNACCEPTED_REQUESTS"))
			.contains(new DictionaryCheck.Retention(RetentionKind.UNACCEPTED_REQUESTS, null, null));
		assertThat(DictionaryCheck.retention("WITH_RECORD:")).isEmpty();
	}

}
