package org.familymatters.shared.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.familymatters.shared.StaleSave;
import org.junit.jupiter.api.Test;

import org.springframework.validation.BeanPropertyBindingResult;

import static org.assertj.core.api.Assertions.assertThat;

/** The one way a form is checked, driven without Spring's web layer. */
class FormCheckTest {

	private final Form form = new Form();

	private final BeanPropertyBindingResult result = new BeanPropertyBindingResult(form, "form");

	private final FormCheck check = FormCheck.of(result, "test");

	@Test
	void aFieldsProblemCarriesTheFormsOwnCodeFirstThenTheGeneralOne() {
		form.setName("x".repeat(101));
		assertThat(check.requiredText("name", form.getName(), 100)).isNull();
		var error = result.getFieldError("name");
		assertThat(error.getCodes()).containsExactly("test.name.tooLong", "input.tooLong");
		assertThat(error.getArguments()).containsExactly(100);
		assertThat(error.getRejectedValue()).isEqualTo(form.getName());
	}

	@Test
	void anEmptyRequiredFieldAsksForIt() {
		check.requiredText("name", "  ", 100);
		assertThat(result.getFieldError("name").getCodes()).containsExactly("test.name.required", "input.required");
	}

	@Test
	void aNulCharacterIsRefusedAsInvalidTextOnItsField() {
		form.setName("Sam\u0000");
		assertThat(check.text("name", form.getName(), 100)).isNull();
		assertThat(result.getFieldError("name").getCodes()).contains("input.controlCharacters");
	}

	@Test
	void aMissingRequiredSelectIsAProblemNotAnException() {
		assertThat(check.requiredChoice("status", null, Status.class)).isNull();
		assertThat(result.getFieldError("status").getCodes()).contains("test.status.required");
		assertThat(check.requiredChoice("other", "NOT_A_STATUS", Status.class)).isNull();
		assertThat(result.getFieldError("other").getCodes()).contains("input.unknownChoice");
	}

	@Test
	void valuesThatPassAreReturnedReadyToUse() {
		var id = UUID.randomUUID();
		assertThat(check.postcode("postcode", "ox16 5qb")).isEqualTo("OX16 5QB");
		assertThat(check.requiredIdentifier("id", id.toString())).isEqualTo(id);
		assertThat(check.requiredChoice("status", "closed", Status.class)).isEqualTo(Status.CLOSED);
		assertThat(check.requiredDate("date", DateParts.of(LocalDate.of(2026, 3, 27))))
			.isEqualTo(LocalDate.of(2026, 3, 27));
		assertThat(check.identifiers("ids", List.of(id.toString(), id.toString()))).containsExactly(id);
		assertThat(check.failed()).isFalse();
	}

	@Test
	void onlyTheFirstProblemOfAFieldIsShown() {
		check.requiredText("name", null, 10);
		check.reject("name", "taken");
		assertThat(result.getFieldErrors("name")).hasSize(1);
	}

	@Test
	void aRuleOfTheServiceUsesTheFormsCode() {
		check.reject("name", "taken");
		assertThat(result.getFieldError("name").getCode()).isEqualTo("test.name.taken");
		check.reject("postcode", "other.code.given");
		assertThat(result.getFieldError("postcode").getCode()).isEqualTo("other.code.given");
	}

	@Test
	void aNestedPartOfTheFormHasItsOwnPathAndWords() {
		form.getPeople().add(new Person());
		var person = check.nested("people[0]", "test.person");
		person.requiredText("givenName", "", 100);
		assertThat(result.getFieldError("people[0].givenName").getCodes())
			.containsExactly("test.person.givenName.required", "input.required");
	}

	@Test
	void aStaleSaveIsAMessageAtTheTopOfTheFormAndNothingElse() {
		assertThat(check.saved(() -> {
			throw new StaleSave("family", UUID.randomUUID());
		})).isFalse();
		assertThat(result.getGlobalError().getCode()).isEqualTo("record.changedElsewhere");
		assertThat(FormCheck.of(new BeanPropertyBindingResult(form, "form"), "test").saved(() -> {
		})).isTrue();
	}

	enum Status {

		ACTIVE, CLOSED

	}

	public static class Form {

		private String name;

		private String postcode;

		private String status;

		private String other;

		private String id;

		private List<String> ids;

		private DateParts date;

		private List<Person> people = new java.util.ArrayList<>();

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getPostcode() {
			return postcode;
		}

		public String getStatus() {
			return status;
		}

		public String getOther() {
			return other;
		}

		public String getId() {
			return id;
		}

		public List<String> getIds() {
			return ids;
		}

		public DateParts getDate() {
			return date;
		}

		public List<Person> getPeople() {
			return people;
		}

	}

	public static class Person {

		private String givenName;

		public String getGivenName() {
			return givenName;
		}

	}

}
