package org.familymatters.shared.input;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The input rules every form, the API and the imports share, without Spring. */
class InputTest {

	@Test
	void textIsTrimmedAndBlankIsNotGiven() {
		assertThat(Input.text("  Banbury  ", 10).value()).isEqualTo("Banbury");
		assertThat(Input.text("   ", 10).isEmpty()).isTrue();
		assertThat(Input.text(null, 10).isEmpty()).isTrue();
		assertThat(Input.text("", 10).failed()).isFalse();
	}

	@Test
	void textLongerThanTheFieldTakesIsRefusedWithTheLimit() {
		var checked = Input.text("a".repeat(11), 10);
		assertThat(checked.problem()).isEqualTo(InputProblem.TOO_LONG);
		assertThat(checked.limit()).isEqualTo(10);
		assertThat(Input.text("a".repeat(10), 10).value()).hasSize(10);
		assertThat(Input.text("😀".repeat(10), 10).failed()).as("counted in characters, not UTF-16 units").isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "a\u0000b", "\u0000", "name\u0007", "x\u001b[31m", "\u007f", "a\u0085b" })
	void controlCharactersAndNulAreRefusedAsInvalidText(String text) {
		assertThat(Input.text(text, 100).problem()).isEqualTo(InputProblem.CONTROL_CHARACTERS);
		assertThat(Input.email(text).failed()).isTrue();
		assertThat(Input.identifier(text).failed()).isTrue();
		assertThat(Input.choice(text, InputProblem.class).failed()).isTrue();
	}

	@Test
	void tabsAndLineBreaksAreTextLikeAnyOther() {
		assertThat(Input.text("first line\r\nsecond\tline", 100).value()).isEqualTo("first line\r\nsecond\tline");
	}

	@Test
	void identifiers() {
		var id = UUID.randomUUID();
		assertThat(Input.identifier(" " + id + " ").value()).isEqualTo(id);
		assertThat(Input.identifier("not-an-id").problem()).isEqualTo(InputProblem.UNKNOWN_CHOICE);
		assertThat(Input.identifier("1-1-1-1-1").problem()).as("Java accepts this; we do not")
			.isEqualTo(InputProblem.UNKNOWN_CHOICE);
		assertThat(Input.identifier("").isEmpty()).isTrue();
	}

	@Test
	void choicesOfAnEnumByNameInAnyCase() {
		assertThat(Input.choice("too_long", InputProblem.class).value()).isEqualTo(InputProblem.TOO_LONG);
		assertThat(Input.choice("SOMETHING_ELSE", InputProblem.class).problem()).isEqualTo(InputProblem.UNKNOWN_CHOICE);
		assertThat(Input.choice(null, InputProblem.class).required().problem()).isEqualTo(InputProblem.REQUIRED);
	}

	@ParameterizedTest
	@ValueSource(strings = { "name@example.org", "first.last+tag@sub.example.co.uk" })
	void emailAddresses(String address) {
		assertThat(Input.email(address).value()).isEqualTo(address);
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "name", "name@", "@example.org", "name@example", "two words@example.org", "a@b@example.org" })
	void notEmailAddresses(String text) {
		assertThat(Input.email(text).problem()).isEqualTo(InputProblem.EMAIL);
	}

	@Test
	void anEmailAddressLongerThanTheStandardAllowsIsTooLong() {
		assertThat(Input.email("a".repeat(250) + "@example.org").problem()).isEqualTo(InputProblem.TOO_LONG);
	}

	@ParameterizedTest
	@ValueSource(strings = { "01865 123456", "+44 (0)1865 123456", "07700-900123", "999999" })
	void ukPhoneNumbers(String number) {
		assertThat(Input.ukPhone(number).value()).isEqualTo(number);
	}

	@ParameterizedTest
	@ValueSource(strings = { "12345", "call me", "01865 123456 ext 4", "+44+1865" })
	void notPhoneNumbers(String text) {
		assertThat(Input.ukPhone(text).failed()).isTrue();
	}

	@Test
	void postcodesAreWrittenInCapitalsWithOneSpace() {
		assertThat(Input.ukPostcode("ox16 5qb").value()).isEqualTo("OX16 5QB");
		assertThat(Input.ukPostcode("OX165QB").value()).isEqualTo("OX16 5QB");
		assertThat(Input.ukPostcode("sw1a 1aa").value()).isEqualTo("SW1A 1AA");
		assertThat(Input.ukPostcode("OX16").problem()).isEqualTo(InputProblem.POSTCODE);
		assertThat(Input.ukPostcode("12345").problem()).isEqualTo(InputProblem.POSTCODE);
	}

	@Test
	void timesOfDayWithAColonOrADot() {
		assertThat(Input.timeOfDay("9:30").value()).isEqualTo(LocalTime.of(9, 30));
		assertThat(Input.timeOfDay("9.30").value()).as("the way many people write it").isEqualTo(LocalTime.of(9, 30));
		assertThat(Input.timeOfDay("09:30").value()).isEqualTo(LocalTime.of(9, 30));
		assertThat(Input.timeOfDay("23:59").value()).isEqualTo(LocalTime.of(23, 59));
		assertThat(Input.timeOfDay("24:00").problem()).isEqualTo(InputProblem.TIME);
		assertThat(Input.timeOfDay("9").problem()).isEqualTo(InputProblem.TIME);
		assertThat(Input.timeOfDay("9:5").problem()).isEqualTo(InputProblem.TIME);
		assertThat(Input.timeOfDay("half nine").problem()).as("the time's problem, not its length")
			.isEqualTo(InputProblem.TIME);
		assertThat(Input.ukPostcode("OX16 5QB please").problem()).isEqualTo(InputProblem.POSTCODE);
		assertThat(Input.ukPhone("01865 123456 extension 12345678").problem()).isEqualTo(InputProblem.PHONE);
	}

	@Test
	void datesFromTheirParts() {
		assertThat(Input.date("27", "3", "2026").value()).isEqualTo(LocalDate.of(2026, 3, 27));
		assertThat(Input.date(" 1 ", "01", "2026").value()).isEqualTo(LocalDate.of(2026, 1, 1));
		assertThat(Input.date("", " ", null).isEmpty()).isTrue();
		assertThat(Input.date("31", "2", "2026").problem()).as("not a real date").isEqualTo(InputProblem.DATE);
		assertThat(Input.date("1", "1", "26").problem()).as("a two-digit year").isEqualTo(InputProblem.DATE);
		assertThat(Input.date("1", "", "2026").problem()).as("a part missing").isEqualTo(InputProblem.DATE);
		assertThat(Input.date("1", "1", "2026\u0000").problem()).isEqualTo(InputProblem.DATE);
		assertThat(Input.date("+1", "1", "2026").problem()).isEqualTo(InputProblem.DATE);
	}

	@Test
	void isoDates() {
		assertThat(Input.isoDate("2026-03-27").value()).isEqualTo(LocalDate.of(2026, 3, 27));
		assertThat(Input.isoDate("27/03/2026").problem()).isEqualTo(InputProblem.DATE);
	}

	@Test
	void wholeNumbersInARange() {
		assertThat(Input.wholeNumber("7", 0, 20).value()).isEqualTo(7);
		assertThat(Input.wholeNumber("21", 0, 20).problem()).isEqualTo(InputProblem.NUMBER);
		assertThat(Input.wholeNumber("-1", 0, 20).problem()).isEqualTo(InputProblem.NUMBER);
		assertThat(Input.wholeNumber("2.5", 0, 20).problem()).isEqualTo(InputProblem.NUMBER);
		assertThat(Input.wholeNumber("99999999999999", 0, 20).failed()).isTrue();
	}

	@Test
	void webAddresses() {
		assertThat(Input.webAddress("https://example.org/help").value()).isEqualTo("https://example.org/help");
		assertThat(Input.webAddress("http://example.org").failed()).isFalse();
		assertThat(Input.webAddress("javascript:alert(1)").problem()).isEqualTo(InputProblem.WEB_ADDRESS);
		assertThat(Input.webAddress("//evil.example").problem()).isEqualTo(InputProblem.WEB_ADDRESS);
		assertThat(Input.webAddress("example.org").problem()).isEqualTo(InputProblem.WEB_ADDRESS);
		assertThat(Input.webAddress("https://exa mple.org").failed()).isTrue();
	}

	@Test
	void everyProblemHasAGeneralMessageCode() {
		for (var problem : InputProblem.values()) {
			assertThat(problem.code()).startsWith("input.");
			assertThat(problem.codeFor("family.postcode")).startsWith("family.postcode.");
		}
	}

}
