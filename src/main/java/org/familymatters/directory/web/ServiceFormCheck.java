package org.familymatters.directory.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.familymatters.directory.DirectoryEditing;
import org.familymatters.directory.ServiceSearch;

import org.springframework.validation.BindingResult;

/**
 * Checks what the service form sent, field by field, and turns it into a change. Every
 * mistake is rejected on its field so the page can say what to fix; nothing is saved
 * while any remains.
 */
final class ServiceFormCheck {

	static final Set<String> STATUSES = Set.of("active", "temporarily closed", "inactive");

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()-]{6,30}$");

	private static final Pattern TIME = Pattern.compile("^([01]?[0-9]|2[0-3])[:.]([0-5][0-9])$");

	private ServiceFormCheck() {
	}

	static Optional<DirectoryEditing.ServiceChanges> check(ServiceForm form, Choices choices, BindingResult result) {
		var organisation = uuid(form.getOrganisationId());
		if (organisation == null || !choices.organisations().contains(organisation)) {
			result.rejectValue("organisationId", "directory.service.organisation.required");
		}
		var name = required(form.getName(), "name", 200, result);
		var description = required(form.getDescription(), "description", 4000, result);
		if (!STATUSES.contains(form.getStatus())) {
			result.rejectValue("status", "directory.service.status.required");
		}
		var url = trimmed(form.getUrl());
		if (url != null && (url.length() > 500 || !isWebAddress(url))) {
			result.rejectValue("url", "directory.service.url.invalid");
		}
		var email = trimmed(form.getEmail());
		if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
			result.rejectValue("email", "directory.service.email.invalid");
		}
		var phones = new ArrayList<DirectoryEditing.PhoneEntry>();
		phone(form.getPhone(), form.getPhoneDescription(), "phone", "phoneDescription", phones, result);
		phone(form.getSecondPhone(), form.getSecondPhoneDescription(), "secondPhone", "secondPhoneDescription", phones,
				result);

		DirectoryEditing.Place place = null;
		var placeName = trimmed(form.getPlaceName());
		var address = trimmed(form.getPlaceAddress());
		var town = trimmed(form.getPlaceTown());
		var postcode = trimmed(form.getPlacePostcode());
		if (placeName != null || address != null || town != null || postcode != null) {
			if (address == null) {
				result.rejectValue("placeAddress", "directory.service.place.address.required");
			}
			if (town == null) {
				result.rejectValue("placeTown", "directory.service.place.town.required");
			}
			if (postcode != null && !postcode.matches("(?i)^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$")) {
				result.rejectValue("placePostcode", "directory.service.place.postcode.invalid");
			}
			tooLong(placeName, "placeName", 200, result);
			tooLong(address, "placeAddress", 200, result);
			tooLong(town, "placeTown", 100, result);
			place = new DirectoryEditing.Place(placeName, address, town,
					(postcode != null) ? postcode.toUpperCase(Locale.UK) : null);
		}

		var minimumAge = age(form.getMinimumAge(), "minimumAge", result);
		var maximumAge = age(form.getMaximumAge(), "maximumAge", result);
		if (minimumAge != null && maximumAge != null && minimumAge > maximumAge) {
			result.rejectValue("maximumAge", "directory.service.age.order");
		}
		tooLong(form.getEligibility(), "eligibility", 1000, result);
		tooLong(form.getFees(), "fees", 500, result);

		var terms = new ArrayList<UUID>();
		for (var value : (form.getNeeds() != null) ? form.getNeeds() : List.<String>of()) {
			var term = uuid(value);
			if (term == null || !choices.terms().contains(term)) {
				result.rejectValue("needs", "directory.service.needs.unknown");
				break;
			}
			terms.add(term);
		}
		var areas = new ArrayList<DirectoryEditing.AreaChoice>();
		for (var value : (form.getAreas() != null) ? form.getAreas() : List.<String>of()) {
			var area = area(value, choices);
			if (area == null) {
				result.rejectValue("areas", "directory.service.areas.unknown");
				break;
			}
			areas.add(area);
		}
		if (areas.isEmpty() && !result.hasFieldErrors("areas")) {
			result.rejectValue("areas", "directory.service.areas.required");
		}

		var hours = new EnumMap<DayOfWeek, DirectoryEditing.Hours>(DayOfWeek.class);
		for (var day : DayOfWeek.values()) {
			int i = day.ordinal();
			var opens = time(at(form.getOpens(), i), "opens[" + i + "]", result);
			var closes = time(at(form.getCloses(), i), "closes[" + i + "]", result);
			if (opens.isPresent() != closes.isPresent() && !result.hasFieldErrors("opens[" + i + "]")
					&& !result.hasFieldErrors("closes[" + i + "]")) {
				result.rejectValue(opens.isPresent() ? "closes[" + i + "]" : "opens[" + i + "]",
						"directory.service.hours.both");
			}
			else if (opens.isPresent() && closes.isPresent()) {
				if (!opens.get().isBefore(closes.get())) {
					result.rejectValue("closes[" + i + "]", "directory.service.hours.order");
				}
				hours.put(day, new DirectoryEditing.Hours(opens.get(), closes.get()));
			}
		}

		var languages = new ArrayList<String>();
		var languageText = trimmed(form.getLanguages());
		if (languageText != null) {
			if (languageText.length() > 300) {
				result.rejectValue("languages", "directory.service.languages.tooLong");
			}
			Arrays.stream(languageText.split("[,;]"))
				.map(String::strip)
				.filter(l -> !l.isEmpty())
				.distinct()
				.forEach(languages::add);
		}
		if (result.hasErrors()) {
			return Optional.empty();
		}
		return Optional.of(new DirectoryEditing.ServiceChanges(organisation, name, description, form.getStatus(), url,
				email, trimmed(form.getFees()), minimumAge, maximumAge, trimmed(form.getEligibility()), terms, areas,
				hours, phones, place, languages));
	}

	/** A checkbox value: {@code locality:<id>} or {@code county:<name>}. */
	static String areaValue(DirectoryEditing.AreaChoice choice) {
		return (choice.localityId() != null) ? "locality:" + choice.localityId() : "county:" + choice.county();
	}

	private static DirectoryEditing.AreaChoice area(String value, Choices choices) {
		if (value == null) {
			return null;
		}
		if (value.startsWith("locality:")) {
			var locality = uuid(value.substring("locality:".length()));
			return (locality != null && choices.localities().contains(locality))
					? new DirectoryEditing.AreaChoice(locality, null) : null;
		}
		if (value.startsWith("county:")) {
			var county = value.substring("county:".length());
			return (choices.counties().contains(county) || ServiceSearch.NATIONAL.equals(county))
					? new DirectoryEditing.AreaChoice(null, county) : null;
		}
		return null;
	}

	private static void phone(String number, String description, String field, String descriptionField,
			List<DirectoryEditing.PhoneEntry> phones, BindingResult result) {
		var n = trimmed(number);
		var d = trimmed(description);
		if (n == null) {
			if (d != null) {
				result.rejectValue(field, "directory.service.phone.required");
			}
			return;
		}
		if (!PHONE.matcher(n).matches()) {
			result.rejectValue(field, "directory.service.phone.invalid");
			return;
		}
		tooLong(d, descriptionField, 200, result);
		phones.add(new DirectoryEditing.PhoneEntry(n, d));
	}

	private static Optional<LocalTime> time(String value, String field, BindingResult result) {
		var text = trimmed(value);
		if (text == null) {
			return Optional.empty();
		}
		var matcher = TIME.matcher(text);
		if (!matcher.matches()) {
			result.rejectValue(field, "directory.service.hours.invalid");
			return Optional.empty();
		}
		try {
			return Optional.of(LocalTime.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))));
		}
		catch (DateTimeParseException | NumberFormatException ex) {
			result.rejectValue(field, "directory.service.hours.invalid");
			return Optional.empty();
		}
	}

	private static Integer age(String value, String field, BindingResult result) {
		var text = trimmed(value);
		if (text == null) {
			return null;
		}
		try {
			int age = Integer.parseInt(text);
			if (age >= 0 && age <= 120) {
				return age;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		result.rejectValue(field, "directory.service.age.invalid");
		return null;
	}

	private static String required(String value, String field, int max, BindingResult result) {
		var text = trimmed(value);
		if (text == null) {
			result.rejectValue(field, "directory.service." + field + ".required");
			return null;
		}
		tooLong(text, field, max, result);
		return text;
	}

	private static void tooLong(String value, String field, int max, BindingResult result) {
		if (value != null && value.strip().length() > max) {
			result.rejectValue(field, "directory.field.tooLong", new Object[] { max }, "Too long");
		}
	}

	static boolean isWebAddress(String text) {
		try {
			var uri = new URI(text);
			var scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	private static String at(String[] values, int i) {
		return (values == null || i >= values.length) ? null : values[i];
	}

	static UUID uuid(String value) {
		try {
			return (value == null || value.isBlank()) ? null : UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	static String trimmed(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/** What the form may choose from. */
	record Choices(Set<UUID> organisations, Set<UUID> terms, Set<UUID> localities, Set<String> counties) {
	}

}
