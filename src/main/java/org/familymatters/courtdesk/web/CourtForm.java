package org.familymatters.courtdesk.web;

import org.familymatters.courtdesk.internal.Court;
import org.familymatters.shared.web.FormCheck;

import org.springframework.validation.BindingResult;

/**
 * What the court form sends, as typed, and its check ({@link FormCheck}, messages under
 * {@code court}): a name and a town, an address if known.
 */
public class CourtForm {

	/** The longest name of a court. */
	static final int NAME_MAX = 200;

	/** The longest town. */
	static final int TOWN_MAX = 100;

	/** The longest address. */
	static final int ADDRESS_MAX = 300;

	private String name;

	private String town;

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

	/**
	 * The court's name, town and address, trimmed; null when a field has a problem (now
	 * on {@code check}).
	 */
	Values check(FormCheck check) {
		var checkedName = check.requiredText("name", name, NAME_MAX);
		var checkedTown = check.requiredText("town", town, TOWN_MAX);
		var checkedAddress = check.text("address", address, ADDRESS_MAX);
		return check.failed() ? null : new Values(checkedName, checkedTown, checkedAddress);
	}

	/** A check of the court form whose binding result is {@code result}. */
	static FormCheck checkOf(BindingResult result) {
		return FormCheck.of(result, "court");
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

	/** What the court form gives, once it is checked. */
	record Values(String name, String town, String address) {
	}

}
