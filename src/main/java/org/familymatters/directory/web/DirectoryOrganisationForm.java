package org.familymatters.directory.web;

import org.familymatters.directory.internal.OrganisationEditing;
import org.familymatters.shared.web.FormCheck;

/**
 * What the directory's organisation form sends, as typed; {@link #check} turns it into a
 * change or puts each mistake on its field.
 */
public class DirectoryOrganisationForm {

	/** The message codes of the form's fields start with this. */
	static final String PREFIX = "directory.organisation";

	private String name;

	private String description;

	private String website;

	private String email;

	private Long version;

	static DirectoryOrganisationForm of(OrganisationEditing.OrganizationRow organisation) {
		var form = new DirectoryOrganisationForm();
		form.name = organisation.name();
		form.description = organisation.description();
		form.website = organisation.website();
		form.email = organisation.email();
		form.version = organisation.version();
		return form;
	}

	/** The change the form asks for; null when any field has a problem. */
	OrganisationEditing.OrganisationChanges check(FormCheck check) {
		var checkedName = check.requiredText("name", name, 200);
		var checkedDescription = check.text("description", description, 4000);
		var checkedWebsite = check.webAddress("website", website);
		var checkedEmail = check.email("email", email);
		if (check.failed()) {
			return null;
		}
		return new OrganisationEditing.OrganisationChanges(checkedName, checkedDescription, checkedEmail,
				checkedWebsite);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getWebsite() {
		return website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
