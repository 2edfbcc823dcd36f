package org.familymatters.identity.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.familymatters.identity.Role;
import org.familymatters.shared.input.Input;
import org.familymatters.shared.web.FormCheck;

import org.springframework.validation.BindingResult;

/**
 * Checks the user form: a new user's username, the name, an optional email address, the
 * organisation and at least one role, never an administrator who also sees families'
 * records. Pure: unit-tested without Spring.
 */
final class UserFormCheck {

	/** Lower-case letters, numbers, dots, dashes or underscores: 3 to 64 of them. */
	static final Pattern USERNAME = Pattern.compile("^[a-z0-9][a-z0-9._-]{2,63}$");

	static final int NAME_MAX = 100;

	/**
	 * Longer than any username, so that a long one is refused by the username rule with
	 * its words.
	 */
	private static final int USERNAME_TEXT_MAX = 200;

	private UserFormCheck() {
	}

	/**
	 * The user the form describes, or empty with each problem put on its field. A new
	 * user ({@code creating}) needs a username; a change needs the version that was
	 * shown.
	 */
	static Optional<UserDetails> check(UserForm form, BindingResult result, boolean creating) {
		var check = FormCheck.of(result, "user");
		String username = null;
		if (creating) {
			username = check.requiredText("username", form.getUsername(), USERNAME_TEXT_MAX);
			if (username != null) {
				username = username.toLowerCase();
				if (!USERNAME.matcher(username).matches()) {
					check.reject("username", "format");
				}
			}
		}
		var displayName = check.requiredText("displayName", form.getDisplayName(), NAME_MAX);
		var email = check.email("email", form.getEmail());
		var organisation = check.requiredIdentifier("organisationId", form.getOrganisationId());
		var roles = roles(check, form.getRoles());
		if (!creating && form.getVersion() == null) {
			check.rejectForm("record.changedElsewhere");
		}
		if (check.failed()) {
			return Optional.empty();
		}
		return Optional.of(new UserDetails(username, displayName, email, organisation, roles));
	}

	private static List<Role> roles(FormCheck check, List<String> values) {
		var roles = new ArrayList<Role>();
		for (var value : (values != null) ? values : List.<String>of()) {
			var role = Input.choice(value, Role.class);
			if (role.failed()) {
				check.take("roles", role);
				return List.of();
			}
			role.toOptional().filter(chosen -> !roles.contains(chosen)).ifPresent(roles::add);
		}
		if (roles.isEmpty()) {
			check.reject("roles", "required");
		}
		else if (roles.contains(Role.ADMINISTRATOR) && roles.stream().anyMatch(Role::seesFamilyData)) {
			check.reject("roles", "administratorSeesNoFamilies");
		}
		return roles;
	}

	/**
	 * What the form says about a user; the username only when the user is new.
	 *
	 * @param username the username, lower case; null when changing a user
	 * @param displayName their name
	 * @param email their email address, or null
	 * @param organisationId their organisation
	 * @param roles the roles they hold, at least one
	 */
	record UserDetails(String username, String displayName, String email, UUID organisationId, List<Role> roles) {
	}

}
