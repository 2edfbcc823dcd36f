package org.familymatters.network.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import org.familymatters.identity.Role;
import org.familymatters.network.MeetingFixtures;
import org.familymatters.shared.time.ServiceTime;
import org.familymatters.support.IntegrationTest;
import org.familymatters.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo meetings of the Banbury Family Matters network: the next one in about two
 * weeks at Banbury town hall (demo), the last one three months ago with its members
 * there; added once however often the service starts. The network is the network demo
 * data's; where that is not made, this test makes it as the demo data does.
 */
@IntegrationTest
class MeetingDemoDataTest {

	@Autowired
	MeetingDemoData demo;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestUsers users;

	@Autowired
	MeetingFixtures fixtures;

	@Test
	void theBanburyNetworkHasItsNextAndLastMeetingOnce() {
		var network = banburyNetwork();
		demo.run(null);
		demo.run(null);
		var today = LocalDate.now(ServiceTime.ZONE);
		assertThat(jdbc.sql("select count(*) from network_meeting where id in (:ids) and network_id = :network")
			.param("ids", java.util.List.of(MeetingDemoData.NEXT, MeetingDemoData.LAST))
			.param("network", network)
			.query(Long.class)
			.single()).isEqualTo(2);
		var next = jdbc.sql("select starts_at from network_meeting where id = :id and place = :place")
			.param("id", MeetingDemoData.NEXT)
			.param("place", MeetingDemoData.PLACE)
			.query(java.sql.Timestamp.class)
			.single()
			.toInstant()
			.atZone(ServiceTime.ZONE);
		assertThat(next.toLocalTime()).isEqualTo(LocalTime.of(10, 0));
		assertThat(next.toLocalDate()).isBetween(today.plusDays(7), today.plusDays(21));
		var last = jdbc.sql("select starts_at from network_meeting where id = :id")
			.param("id", MeetingDemoData.LAST)
			.query(java.sql.Timestamp.class)
			.single()
			.toInstant()
			.atZone(ServiceTime.ZONE)
			.toLocalDate();
		assertThat(last).isBetween(today.minusMonths(4), today.minusMonths(2));
		assertThat(jdbc.sql("""
				select count(*) from network_meeting_attendance where meeting_id = :id and status = 'attended'
				""").param("id", MeetingDemoData.LAST).query(Long.class).single()).isPositive();
	}

	private UUID banburyNetwork() {
		var existing = jdbc.sql("select id from network where name = :name")
			.param("name", MeetingDemoData.NETWORK_NAME)
			.query(UUID.class)
			.optional();
		if (existing.isPresent()) {
			return existing.get();
		}
		var coordinator = users.principal(TestUsers.demoUsername(Role.SUPPORT_WORKER));
		var member = users.principal(TestUsers.demoUsername(Role.AGENCY_PRACTITIONER));
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into network (id, name, locality_id, coordinator_user_id, created_by)
				select :id, :name, l.id, :coordinator, :coordinator from identity_locality l where l.name = 'Banbury'
				""")
			.param("id", id)
			.param("name", MeetingDemoData.NETWORK_NAME)
			.param("coordinator", coordinator.id())
			.update();
		fixtures.member(id, coordinator, coordinator.organisationId());
		fixtures.member(id, member, member.organisationId());
		return id;
	}

}
