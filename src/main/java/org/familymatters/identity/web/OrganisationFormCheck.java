package org.familymatters.identity.web;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import org.familymatters.identity.OrganisationType;
import org.familymatters.identity.Sector;
import org.familymatters.shared.web.FormCheck;

import org.springframework.validation.BindingResult;

/**
 * Checks the organisation form: its name, type and sector, an optional locality from the
 * list, and whether it is still active. Pure: unit-tested without Spring.
 */
final class OrganisationFormCheck {

	static final int NAME_MAX = 200;

	private OrganisationFormCheck() {
	}

	/**
	 * The organisation the form describes, or empty with each problem put on its field.
	 * @param localityExists whether a locality chosen is one of the list
	 * @param changing whether an organisation is being changed (which needs the version
	 * that was shown)
	 */
	static Optional<OrganisationDetails> check(OrganisationForm form, BindingResult result,
			Predicate<UUID> localityExists, boolean changing) {
		var check = FormCheck.of(result, "organisation");
		var name = check.requiredText("name", form.getName(), NAME_MAX);
		var type = check.requiredChoice("type", form.getType(), OrganisationType.class);
		var sector = check.requiredChoice("sector", form.getSector(), Sector.class);
		var locality = check.identifier("localityId", form.getLocalityId());
		if (locality != null && !localityExists.test(locality)) {
			check.reject("localityId", "unknownChoice");
		}
		Boolean active = check.choice("active", form.getActive(), OrganisationFormCheck::active);
		if (changing && form.getVersion() == null) {
			check.rejectForm("record.changedElsewhere");
		}
		if (check.failed()) {
			return Optional.empty();
		}
		return Optional.of(new OrganisationDetails(name, type, sector, locality, !Boolean.FALSE.equals(active)));
	}

	private static Optional<Boolean> active(String value) {
		return switch (value) {
			case "true" -> Optional.of(true);
			case "false" -> Optional.of(false);
			default -> Optional.empty();
		};
	}

	/**
	 * What the form says about an organisation.
	 *
	 * @param name its name
	 * @param type the kind of agency it is
	 * @param sector its sector
	 * @param localityId where it works, or null for everywhere
	 * @param active whether it is still active (true unless the form says not)
	 */
	record OrganisationDetails(String name, OrganisationType type, Sector sector, UUID localityId, boolean active) {
	}

}
