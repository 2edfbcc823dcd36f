package org.familymatters.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.familymatters.identity.Locality;

/** What the locality form sends. */
public class LocalityForm {

	@NotBlank(message = "{locality.name.required}")
	@Size(max = 100, message = "{locality.name.tooLong}")
	private String name;

	@NotBlank(message = "{locality.county.required}")
	@Size(max = 100, message = "{locality.county.tooLong}")
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
