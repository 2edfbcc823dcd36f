package org.familymatters.identity.web;

import java.util.ArrayList;
import java.util.List;

import org.familymatters.identity.UserAccount;

/**
 * What the user form sends, as typed. The username is set only when the user is created.
 * Checked by {@link UserFormCheck}.
 */
public class UserForm {

	private String username;

	private String displayName;

	private String email;

	private String organisationId;

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
		this.username = username;
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

}
