package org.familymatters.identity.web;

import java.util.List;
import java.util.UUID;

import org.familymatters.identity.Role;
import org.junit.jupiter.api.Test;

import org.springframework.validation.BeanPropertyBindingResult;

import static org.assertj.core.api.Assertions.assertThat;

/** The user form's checks, without Spring's web layer. */
class UserFormCheckTest {

	private final UserForm form = new UserForm();

	private final BeanPropertyBindingResult result = new BeanPropertyBindingResult(form, "form");

	private final UUID organisation = UUID.randomUUID();

	private void fillIn() {
		form.setUsername("  New.Worker ");
		form.setDisplayName(" New worker ");
		form.setEmail("new.worker@example.org");
		form.setOrganisationId(organisation.toString());
		form.setRoles(List.of("SUPPORT_WORKER", "SAFEGUARDING_LEAD", "SUPPORT_WORKER"));
	}

	@Test
	void aCompleteFormBecomesANewUserWithALowerCaseUsername() {
		fillIn();
		var user = UserFormCheck.check(form, result, true).orElseThrow();
		assertThat(user.username()).isEqualTo("new.worker");
		assertThat(user.displayName()).isEqualTo("New worker");
		assertThat(user.email()).isEqualTo("new.worker@example.org");
		assertThat(user.organisationId()).isEqualTo(organisation);
		assertThat(user.roles()).containsExactly(Role.SUPPORT_WORKER, Role.SAFEGUARDING_LEAD);
		assertThat(result.hasErrors()).isFalse();
	}

	@Test
	void anEmptyFormAsksForEveryRequiredField() {
		assertThat(UserFormCheck.check(form, result, true)).isEmpty();
		assertThat(codes("username")).contains("user.username.required");
		assertThat(codes("displayName")).contains("user.displayName.required");
		assertThat(codes("organisationId")).contains("user.organisationId.required");
		assertThat(codes("roles")).contains("user.roles.required");
		assertThat(result.hasFieldErrors("email")).as("the email address is optional").isFalse();
	}

	@Test
	void aNulCharacterInTheNameIsRefusedAsInvalidText() {
		fillIn();
		form.setDisplayName("Sam\u0000");
		assertThat(UserFormCheck.check(form, result, true)).isEmpty();
		assertThat(codes("displayName")).contains("input.controlCharacters");
	}

	@Test
	void aTooLongNameIsRefusedWithItsLimit() {
		fillIn();
		form.setDisplayName("x".repeat(101));
		assertThat(UserFormCheck.check(form, result, true)).isEmpty();
		assertThat(codes("displayName")).containsExactly("user.displayName.tooLong", "input.tooLong");
		assertThat(result.getFieldError("displayName").getArguments()).containsExactly(100);
	}

	@Test
	void aMissingOrganisationOrNoRoleIsAProblemByItsField() {
		fillIn();
		form.setOrganisationId(null);
		form.setRoles(null);
		assertThat(UserFormCheck.check(form, result, true)).isEmpty();
		assertThat(codes("organisationId")).contains("user.organisationId.required");
		assertThat(codes("roles")).contains("user.roles.required");
	}

	@Test
	void whatIsNotOfferedIsRefused() {
		fillIn();
		form.setOrganisationId("not-a-uuid");
		form.setRoles(List.of("SUPPORT_WORKER", "NOT_A_ROLE"));
		form.setEmail("not-an-email");
		form.setUsername("Not Valid!");
		assertThat(UserFormCheck.check(form, result, true)).isEmpty();
		assertThat(codes("organisationId")).contains("user.organisationId.unknownChoice");
		assertThat(codes("roles")).contains("user.roles.unknownChoice");
		assertThat(codes("email")).contains("user.email.email");
		assertThat(codes("username")).contains("user.username.format");
	}

	@Test
	void aUsernameMustBeThreeToSixtyFourCharacters() {
		fillIn();
		form.setUsername("ab");
		UserFormCheck.check(form, result, true);
		assertThat(codes("username")).contains("user.username.format");
		var longer = new BeanPropertyBindingResult(form, "form");
		form.setUsername("a".repeat(65));
		UserFormCheck.check(form, longer, true);
		assertThat(longer.getFieldError("username").getCodes()).contains("user.username.format");
	}

	@Test
	void aChangeNeedsNoUsernameButTheVersionShown() {
		fillIn();
		form.setUsername(null);
		assertThat(UserFormCheck.check(form, result, false)).isEmpty();
		assertThat(result.hasFieldErrors("username")).isFalse();
		assertThat(result.getGlobalError().getCode()).isEqualTo("record.changedElsewhere");

		var again = new BeanPropertyBindingResult(form, "form");
		form.setVersion(3L);
		assertThat(UserFormCheck.check(form, again, false)).hasValueSatisfying(user -> {
			assertThat(user.username()).isNull();
			assertThat(user.roles()).containsExactly(Role.SUPPORT_WORKER, Role.SAFEGUARDING_LEAD);
		});
	}

	@Test
	void anAdministratorWhoWouldAlsoSeeFamiliesIsRefusedByTheRoles() {
		fillIn();
		form.setRoles(List.of("ADMINISTRATOR", "AGENCY_PRACTITIONER"));
		assertThat(UserFormCheck.check(form, result, true)).isEmpty();
		assertThat(codes("roles")).contains("user.roles.administratorSeesNoFamilies");

		var alone = new BeanPropertyBindingResult(form, "form");
		form.setRoles(List.of("ADMINISTRATOR", "MANAGER"));
		assertThat(UserFormCheck.check(form, alone, true)).isPresent();
	}

	private String[] codes(String field) {
		assertThat(result.getFieldError(field)).as("a problem with %s", field).isNotNull();
		return result.getFieldError(field).getCodes();
	}

}
