package org.familymatters.identity.web;

import org.familymatters.identity.Organisation;

/**
 * What the organisation form sends, as typed. Checked by {@link OrganisationFormCheck}.
 */
public class OrganisationForm {

	private String name;

	private String type;

	private String sector;

	private String localityId;

	private String active = "true";

	private Long version;

	static OrganisationForm of(Organisation organisation) {
		var form = new OrganisationForm();
		form.name = organisation.name();
		form.type = organisation.type().name();
		form.sector = organisation.sector().name();
		form.localityId = (organisation.localityId() != null) ? organisation.localityId().toString() : "";
		form.active = String.valueOf(organisation.active());
		form.version = organisation.version();
		return form;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getType() {
		return type;
	}

	public void setType(String type) {
		this.type = type;
	}

	public String getSector() {
		return sector;
	}

	public void setSector(String sector) {
		this.sector = sector;
	}

	public String getLocalityId() {
		return localityId;
	}

	public void setLocalityId(String localityId) {
		this.localityId = localityId;
	}

	public String getActive() {
		return active;
	}

	public void setActive(String active) {
		this.active = active;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
