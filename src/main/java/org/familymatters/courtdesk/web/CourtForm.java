package org.familymatters.courtdesk.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.familymatters.courtdesk.Court;

/** What the court form sends. */
public class CourtForm {

	@NotBlank(message = "{court.name.required}")
	@Size(max = 200, message = "{court.name.tooLong}")
	private String name;

	@NotBlank(message = "{court.town.required}")
	@Size(max = 100, message = "{court.town.tooLong}")
	private String town;

	@Size(max = 300, message = "{court.address.tooLong}")
	private String address;

	private Long version;

	static CourtForm of(Court court) {
		var form = new CourtForm();
		form.name = court.name();
		form.town = court.town();
		form.address = court.address();
		form.version = court.version();
		return form;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getTown() {
		return town;
	}

	public void setTown(String town) {
		this.town = town;
	}

	public String getAddress() {
		return address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
