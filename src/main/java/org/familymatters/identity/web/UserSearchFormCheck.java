package org.familymatters.identity.web;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import org.familymatters.identity.Role;
import org.familymatters.identity.internal.UserSearch;
import org.familymatters.shared.web.FormCheck;

import org.springframework.validation.BindingResult;

/**
 * Checks the users list's filters: the text by the input rules, the role, organisation
 * and status among those offered; each problem by its field. Pure: unit-tested without
 * Spring.
 */
final class UserSearchFormCheck {

	/** The longest search text: longer matches nobody anyway. */
	static final int SEARCH_MAX = 100;

	private UserSearchFormCheck() {
	}

	/**
	 * The filter the form asks for, or empty with each problem put on its field.
	 * @param organisationExists whether an organisation of that id exists
	 */
	static Optional<UserSearch.Filter> check(UserSearchForm form, BindingResult result,
			Predicate<UUID> organisationExists) {
		var check = FormCheck.of(result, "userSearch");
		var text = check.text("search", form.getSearch(), SEARCH_MAX);
		var role = check.choice("role", form.getRole(), Role.class);
		var organisation = check.identifier("organisation", form.getOrganisation());
		if (organisation != null && !organisationExists.test(organisation)) {
			check.reject("organisation", "unknownChoice");
		}
		var status = check.choice("status", form.getStatus(), Status.class);
		if (check.failed()) {
			return Optional.empty();
		}
		return Optional
			.of(new UserSearch.Filter(text, role, organisation, (status != null) ? status == Status.ACTIVE : null));
	}

	/** Whether a user may sign in, as the filter offers it. */
	enum Status {

		ACTIVE("Active"), DISABLED("Disabled");

		private final String label;

		Status(String label) {
			this.label = label;
		}

		String label() {
			return label;
		}

		/**
		 * The status a filter on whether users may sign in stands for; null for either.
		 */
		static Status of(Boolean enabled) {
			if (enabled == null) {
				return null;
			}
			return enabled ? ACTIVE : DISABLED;
		}

	}

}
