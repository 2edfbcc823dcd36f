package org.familymatters.identity.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.familymatters.identity.UserAccount;

/** What the user form sends. The username is set only when the user is created. */
public class UserForm {

	@NotBlank(message = "{user.username.required}", groups = Creating.class)
	@Pattern(regexp = "^$|^[a-z0-9][a-z0-9._-]{2,63}$", message = "{user.username.format}", groups = Creating.class)
	private String username;

	@NotBlank(message = "{user.displayName.required}")
	@Size(max = 100, message = "{user.displayName.tooLong}")
	private String displayName;

	@Email(message = "{user.email.format}")
	@Size(max = 254, message = "{user.email.format}")
	private String email;

	@NotBlank(message = "{user.organisation.required}")
	private String organisationId;

	@NotEmpty(message = "{user.roles.required}")
	private List<String> roles = new ArrayList<>();

	private Long version;

	static UserForm of(UserAccount account) {
		var form = new UserForm();
		form.username = account.username();
		form.displayName = account.displayName();
		form.email = account.email();
		form.organisationId = account.organisationId().toString();
		form.roles = account.roles().stream().map(Enum::name).toList();
		form.version = account.version();
		return form;
	}

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = (username != null) ? username.strip().toLowerCase() : null;
	}

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getOrganisationId() {
		return organisationId;
	}

	public void setOrganisationId(String organisationId) {
		this.organisationId = organisationId;
	}

	public List<String> getRoles() {
		return roles;
	}

	public void setRoles(List<String> roles) {
		this.roles = (roles != null) ? roles : new ArrayList<>();
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	/** Validation group for the fields only a new user has. */
	interface Creating {

	}

}
