package org.familymatters.directory;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * A service with everything a family needs to make contact: where, when, how, for whom.
 */
public record DirectoryService(ServiceSummary summary, List<Schedule> schedules, List<Area> areas,
		List<Location> locations, List<Contact> contacts, List<Phone> phones, List<Language> languages,
		List<Term> terms) {

	public boolean openAtWeekends() {
		return schedules.stream().anyMatch(s -> s.day() == DayOfWeek.SATURDAY || s.day() == DayOfWeek.SUNDAY);
	}

	public record Schedule(UUID id, DayOfWeek day, LocalTime opensAt, LocalTime closesAt, String description) {
	}

	/**
	 * Where a service is offered.
	 *
	 * @param place the locality's name, or the county ({@code National} for everywhere)
	 */
	public record Area(UUID id, String name, UUID localityId, String county, String place) {
	}

	public record Location(UUID serviceAtLocationId, UUID id, String locationType, String name, String description,
			String url, String address1, String city, String region, String postalCode, String country,
			BigDecimal latitude, BigDecimal longitude) {
	}

	public record Contact(UUID id, String name, String title, String email) {
	}

	public record Phone(UUID id, String number, String description) {
	}

	public record Language(UUID id, String name, String code) {
	}

	public record Term(UUID attributeId, UUID id, UUID taxonomyId, String code, String name, String description) {
	}

}
