package org.familymatters.identity.web;

import java.util.UUID;

import org.familymatters.identity.Role;
import org.familymatters.identity.internal.UserSearch;
import org.junit.jupiter.api.Test;

import org.springframework.validation.BeanPropertyBindingResult;

import static org.assertj.core.api.Assertions.assertThat;

/** The users list's filters, checked without Spring's web layer. */
class UserSearchFormCheckTest {

	private static final UUID ORGANISATION = UUID.fromString("7d0b7a1e-1111-4c11-9a0e-000000000001");

	private final UserSearchForm form = new UserSearchForm();

	private final BeanPropertyBindingResult result = new BeanPropertyBindingResult(form, "searchForm");

	@Test
	void noFiltersListEveryone() {
		assertThat(UserSearchFormCheck.check(form, result, ORGANISATION::equals))
			.contains(UserSearch.Filter.everyone());
	}

	@Test
	void eachFilterIsTaken() {
		form.setSearch("  Sam  ");
		form.setRole("support_worker");
		form.setOrganisation(ORGANISATION.toString());
		form.setStatus("DISABLED");
		assertThat(UserSearchFormCheck.check(form, result, ORGANISATION::equals))
			.contains(new UserSearch.Filter("Sam", Role.SUPPORT_WORKER, ORGANISATION, false));
		form.setStatus("ACTIVE");
		assertThat(UserSearchFormCheck.check(form, result, ORGANISATION::equals).orElseThrow().enabled()).isTrue();
	}

	@Test
	void aNulCharacterOrATooLongSearchIsRefusedByTheField() {
		form.setSearch("Sam\u0000");
		assertThat(UserSearchFormCheck.check(form, result, ORGANISATION::equals)).isEmpty();
		assertThat(result.getFieldError("search").getCodes()).contains("input.controlCharacters");

		var again = new BeanPropertyBindingResult(form, "searchForm");
		form.setSearch("x".repeat(UserSearchFormCheck.SEARCH_MAX + 1));
		assertThat(UserSearchFormCheck.check(form, again, ORGANISATION::equals)).isEmpty();
		assertThat(again.getFieldError("search").getCodes()).contains("input.tooLong");
	}

	@Test
	void aChoiceNotOfferedIsRefusedByItsField() {
		form.setRole("SUPREME_LEADER");
		form.setOrganisation("%00");
		form.setStatus("\u0000");
		assertThat(UserSearchFormCheck.check(form, result, ORGANISATION::equals)).isEmpty();
		assertThat(result.getFieldError("role").getCodes()).contains("userSearch.role.unknownChoice");
		assertThat(result.getFieldError("organisation").getCodes()).contains("userSearch.organisation.unknownChoice");
		assertThat(result.getFieldError("status").getCodes()).contains("userSearch.status.unknownChoice");
	}

	@Test
	void anOrganisationThatDoesNotExistIsRefusedByTheField() {
		form.setOrganisation(UUID.randomUUID().toString());
		assertThat(UserSearchFormCheck.check(form, result, ORGANISATION::equals)).isEmpty();
		assertThat(result.getFieldError("organisation").getCodes()).contains("userSearch.organisation.unknownChoice");
	}

	@Test
	void theListsAddressKeepsItsFiltersEncoded() {
		assertThat(UserAdminController.address(UserSearch.Filter.everyone())).isEqualTo("/admin/users");
		assertThat(UserAdminController.address(new UserSearch.Filter("a&b c", Role.MANAGER, ORGANISATION, true)))
			.isEqualTo("/admin/users?search=a%26b+c&role=MANAGER&organisation=" + ORGANISATION + "&status=ACTIVE");
	}

}
