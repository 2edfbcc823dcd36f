package org.familymatters.identity.web;

import org.familymatters.identity.Locality;

/** What the locality form sends, as typed. Checked by {@link LocalityFormCheck}. */
public class LocalityForm {

	private String name;

	private String county;

	private Long version;

	static LocalityForm of(Locality locality) {
		var form = new LocalityForm();
		form.name = locality.name();
		form.county = locality.county();
		form.version = locality.version();
		return form;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getCounty() {
		return county;
	}

	public void setCounty(String county) {
		this.county = county;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
