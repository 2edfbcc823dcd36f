package org.familymatters.directory.web;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.familymatters.directory.ServiceSearch;
import org.familymatters.directory.internal.ServiceEditing;
import org.familymatters.directory.internal.ServiceRules;
import org.familymatters.shared.input.Input;
import org.familymatters.shared.web.FormCheck;

import org.springframework.validation.BindingResult;

/**
 * Checks what the service form sent, field by field, and turns it into a change. Every
 * mistake is put on its field so the page can say what to fix; nothing is saved while any
 * remains. Ages and opening hours follow {@link ServiceRules}, as the Open Referral
 * import does.
 */
final class ServiceFormCheck {

	static final Set<String> STATUSES = Set.of("active", "temporarily closed", "inactive");

	/** The message codes of the service form's fields start with this. */
	static final String PREFIX = "directory.service";

	private ServiceFormCheck() {
	}

	static Optional<ServiceEditing.ServiceChanges> check(ServiceForm form, Choices choices, BindingResult result) {
		var check = FormCheck.of(result, PREFIX);
		var organisation = check.requiredIdentifier("organisationId", form.getOrganisationId());
		if (organisation != null && !choices.organisations().contains(organisation)) {
			check.reject("organisationId", "unknownChoice");
		}
		var name = check.requiredText("name", form.getName(), 200);
		var description = check.requiredText("description", form.getDescription(), 4000);
		var status = check.requiredChoice("status", form.getStatus(),
				value -> Optional.of(value).filter(STATUSES::contains));
		var url = check.webAddress("url", form.getUrl());
		var email = check.email("email", form.getEmail());
		var phones = new ArrayList<ServiceEditing.PhoneEntry>();
		phone(check, form.getPhone(), form.getPhoneDescription(), "phone", "phoneDescription", phones);
		phone(check, form.getSecondPhone(), form.getSecondPhoneDescription(), "secondPhone", "secondPhoneDescription",
				phones);

		ServiceEditing.Place place = null;
		var placeName = check.text("placeName", form.getPlaceName(), 200);
		var address = check.text("placeAddress", form.getPlaceAddress(), 200);
		var town = check.text("placeTown", form.getPlaceTown(), 100);
		var postcode = check.postcode("placePostcode", form.getPlacePostcode());
		if (placeName != null || address != null || town != null || postcode != null) {
			if (address == null) {
				check.reject("placeAddress", "required");
			}
			if (town == null) {
				check.reject("placeTown", "required");
			}
			place = new ServiceEditing.Place(placeName, address, town, postcode);
		}

		var minimumAge = check.take("minimumAge", ServiceRules.age(form.getMinimumAge()));
		var maximumAge = check.take("maximumAge", ServiceRules.age(form.getMaximumAge()));
		if (!ServiceRules.agesInOrder(minimumAge, maximumAge)) {
			check.reject("maximumAge", PREFIX + ".age.order");
		}
		var eligibility = check.text("eligibility", form.getEligibility(), 1000);
		var fees = check.text("fees", form.getFees(), 500);

		var terms = check.identifiers("needs", form.getNeeds());
		if (!terms.stream().allMatch(choices.terms()::contains)) {
			check.reject("needs", "unknownChoice");
		}
		var areas = new ArrayList<ServiceEditing.AreaChoice>();
		for (var value : (form.getAreas() != null) ? form.getAreas() : List.<String>of()) {
			var area = check.choice("areas", value, text -> area(text, choices));
			if (check.failed("areas")) {
				break;
			}
			if (area != null && !areas.contains(area)) {
				areas.add(area);
			}
		}
		if (areas.isEmpty()) {
			check.reject("areas", "required");
		}

		var hours = new EnumMap<DayOfWeek, ServiceEditing.Hours>(DayOfWeek.class);
		for (var day : DayOfWeek.values()) {
			int i = day.ordinal();
			var opensField = "opens[" + i + "]";
			var closesField = "closes[" + i + "]";
			var opens = check.time(opensField, at(form.getOpens(), i));
			var closes = check.time(closesField, at(form.getCloses(), i));
			if (check.failed(opensField) || check.failed(closesField)) {
				continue;
			}
			var problem = ServiceRules.hours(opens, closes);
			if (problem.isPresent()) {
				switch (problem.get()) {
					case ONE_TIME_ONLY ->
						check.reject((opens != null) ? closesField : opensField, PREFIX + ".hours.both");
					case NOT_IN_ORDER -> check.reject(closesField, PREFIX + ".hours.order");
				}
			}
			else if (opens != null) {
				hours.put(day, new ServiceEditing.Hours(opens, closes));
			}
		}

		var languages = new ArrayList<String>();
		var languageText = check.text("languages", form.getLanguages(), 300);
		if (languageText != null) {
			Arrays.stream(languageText.split("[,;]"))
				.map(String::strip)
				.filter(l -> !l.isEmpty())
				.distinct()
				.forEach(languages::add);
		}
		if (check.failed()) {
			return Optional.empty();
		}
		return Optional.of(new ServiceEditing.ServiceChanges(organisation, name, description, status, url, email, fees,
				minimumAge, maximumAge, eligibility, terms, areas, hours, phones, place, languages));
	}

	/** A checkbox value: {@code locality:<id>} or {@code county:<name>}. */
	static String areaValue(ServiceEditing.AreaChoice choice) {
		return (choice.localityId() != null) ? "locality:" + choice.localityId() : "county:" + choice.county();
	}

	private static Optional<ServiceEditing.AreaChoice> area(String value, Choices choices) {
		if (value.startsWith("locality:")) {
			var locality = Input.identifier(value.substring("locality:".length())).toOptional();
			return locality.filter(choices.localities()::contains).map(id -> new ServiceEditing.AreaChoice(id, null));
		}
		if (value.startsWith("county:")) {
			var county = value.substring("county:".length());
			return (choices.counties().contains(county) || ServiceSearch.NATIONAL.equals(county))
					? Optional.of(new ServiceEditing.AreaChoice(null, county)) : Optional.empty();
		}
		return Optional.empty();
	}

	private static void phone(FormCheck check, String number, String description, String field, String descriptionField,
			List<ServiceEditing.PhoneEntry> phones) {
		var n = check.phone(field, number);
		var d = check.text(descriptionField, description, 200);
		if (n == null) {
			if (d != null && !check.failed(field)) {
				check.reject(field, PREFIX + ".phone.required");
			}
			return;
		}
		phones.add(new ServiceEditing.PhoneEntry(n, d));
	}

	private static String at(String[] values, int i) {
		return (values == null || i >= values.length) ? null : values[i];
	}

	/** What the form may choose from. */
	record Choices(Set<UUID> organisations, Set<UUID> terms, Set<UUID> localities, Set<String> counties) {
	}

}
