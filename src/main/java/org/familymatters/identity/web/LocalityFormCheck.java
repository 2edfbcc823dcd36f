package org.familymatters.identity.web;

import java.util.Optional;

import org.familymatters.shared.web.FormCheck;

import org.springframework.validation.BindingResult;

/**
 * Checks the locality form: its name and county area. Pure: unit-tested without Spring.
 */
final class LocalityFormCheck {

	static final int NAME_MAX = 100;

	static final int COUNTY_MAX = 100;

	private LocalityFormCheck() {
	}

	/**
	 * The locality the form describes, or empty with each problem put on its field. A
	 * change ({@code changing}) needs the version that was shown.
	 */
	static Optional<LocalityDetails> check(LocalityForm form, BindingResult result, boolean changing) {
		var check = FormCheck.of(result, "locality");
		var name = check.requiredText("name", form.getName(), NAME_MAX);
		var county = check.requiredText("county", form.getCounty(), COUNTY_MAX);
		if (changing && form.getVersion() == null) {
			check.rejectForm("record.changedElsewhere");
		}
		if (check.failed()) {
			return Optional.empty();
		}
		return Optional.of(new LocalityDetails(name, county));
	}

	/**
	 * What the form says about a locality.
	 *
	 * @param name its name
	 * @param county its county area
	 */
	record LocalityDetails(String name, String county) {
	}

}
