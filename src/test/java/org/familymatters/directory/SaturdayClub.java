package org.familymatters.directory;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.familymatters.directory.internal.ServiceWriter;
import org.familymatters.identity.Localities;
import org.familymatters.identity.Locality;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * A service the directory's tests make for themselves instead of relying on demo data: a
 * Saturday morning club for children of 5 to 16, in a town of its own so that no other
 * service is offered there, with a word in its description that no other service uses, a
 * place, a contact, a phone and a language (so that the API shows each). Writing it again
 * changes nothing.
 */
final class SaturdayClub {

	static final String NAME = "Saturday club for children with a parent in prison (test fixture)";

	static final String ID = "5e000000-0000-4000-8000-000000000101";

	/** Its town, where no other service is offered. */
	static final String TOWN = "Testbury (test fixture)";

	/** A word only its description uses. */
	static final String WORD = "quokka";

	private SaturdayClub() {
	}

	/**
	 * Writes the club (and its town) unless they are there already; one test class at a
	 * time, since test classes run side by side.
	 */
	static synchronized void ensure(ServiceWriter writer, TransactionTemplate transactions, Localities localities) {
		transactions.executeWithoutResult(tx -> {
			var town = localities.findByNameIgnoringCase(TOWN)
				.orElseGet(() -> localities.save(Locality.create(TOWN, "Testshire (test fixture)")));
			var organisation = UUID.fromString("5e000000-0000-4000-8000-000000000001");
			writer.saveOrganization(organisation, "Saturday clubs trust (test fixture)", "A test organisation.", null,
					null);
			var summary = new ServiceSummary(UUID.fromString(ID), organisation, null, null, NAME,
					"A Saturday morning club where children play, talk and meet others who understand; the " + WORD
							+ " room has games.",
					null, null, "active", "Free", 5, 16, null, null, null, null, Instant.now());
			var saturday = new DirectoryService.Schedule(UUID.fromString("5e000000-0000-4000-8000-000000000401"),
					DayOfWeek.SATURDAY, LocalTime.of(10, 0), LocalTime.of(12, 0), null);
			var area = new DirectoryService.Area(UUID.fromString("5e000000-0000-4000-8000-000000000501"), town.name(),
					town.id(), town.county(), town.name());
			var hall = new DirectoryService.Location(UUID.fromString("5e000000-0000-4000-8000-000000000301"),
					UUID.fromString("5e000000-0000-4000-8000-000000000201"), "physical", "Testbury hall (test fixture)",
					null, null, "1 Market Place", TOWN, null, "OX16 5QB", "GB", null, null);
			var contact = new DirectoryService.Contact(UUID.fromString("5e000000-0000-4000-8000-000000000601"),
					"Club leader", null, "club@example.org");
			var phone = new DirectoryService.Phone(UUID.fromString("5e000000-0000-4000-8000-000000000701"),
					"01632 960123", "Saturday mornings");
			var language = new DirectoryService.Language(UUID.fromString("5e000000-0000-4000-8000-000000000801"),
					"Polish", "pl");
			writer.saveService(new DirectoryService(summary, List.of(saturday), List.of(area), List.of(hall),
					List.of(contact), List.of(phone), List.of(language), List.of()), Instant.now());
		});
	}

	/** The id of the club's town. */
	static String town(Localities localities) {
		return localities.findByNameIgnoringCase(TOWN).orElseThrow().id().toString();
	}

}
