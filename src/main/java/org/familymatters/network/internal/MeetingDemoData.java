package org.familymatters.network.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import org.familymatters.shared.DemoMode;
import org.familymatters.shared.time.ServiceTime;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode: two meetings of the Banbury Family Matters network, when the network's demo
 * data has made it: one about two weeks from the first start, at Banbury town hall
 * (demo), and one three months before it, which its members attended. Added once (by the
 * meetings' fixed ids), after the network; nothing when there is no such network. No
 * e-mail is sent for them.
 */
@Component
@Order(60)
class MeetingDemoData implements ApplicationRunner {

	static final String NETWORK_NAME = "Banbury Family Matters network";

	static final UUID NEXT = UUID.fromString("fa000000-0000-4000-8000-000000000701");

	static final UUID LAST = UUID.fromString("fa000000-0000-4000-8000-000000000702");

	static final String PLACE = "Banbury town hall (demo)";

	private final JdbcClient jdbc;

	private final DemoMode demoMode;

	private final Clock clock;

	MeetingDemoData(JdbcClient jdbc, DemoMode demoMode, Clock clock) {
		this.jdbc = jdbc;
		this.demoMode = demoMode;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!demoMode.enabled()) {
			return;
		}
		var network = jdbc.sql("select id, coordinator_user_id from network where name = :name")
			.param("name", NETWORK_NAME)
			.query((rs,
					n) -> new UUID[] { rs.getObject("id", UUID.class),
							rs.getObject("coordinator_user_id", UUID.class) })
			.optional();
		if (network.isEmpty()) {
			return;
		}
		var today = LocalDate.now(clock.withZone(ServiceTime.ZONE));
		var coordinator = network.get()[1];
		meeting(NEXT, network.get()[0], today.plusWeeks(2), coordinator);
		if (meeting(LAST, network.get()[0], today.minusMonths(3), coordinator)) {
			jdbc.sql("""
					insert into network_meeting_attendance (meeting_id, user_id, status, recorded_by)
					select :meeting, m.user_id, 'attended', :by from network_member m
					where m.network_id = :network and m.left_at is null
					on conflict do nothing
					""").param("meeting", LAST).param("by", coordinator).param("network", network.get()[0]).update();
		}
	}

	/** The meeting, from 10am to midday on the day; whether it was added now. */
	private boolean meeting(UUID id, UUID network, LocalDate day, UUID by) {
		return jdbc.sql("""
				insert into network_meeting (id, network_id, starts_at, ends_at, place, created_by)
				values (:id, :network, :starts, :ends, :place, :by)
				on conflict (id) do nothing
				""")
			.param("id", id)
			.param("network", network)
			.param("starts", Timestamp.from(Meetings.at(day, LocalTime.of(10, 0))))
			.param("ends", Timestamp.from(Meetings.at(day, LocalTime.NOON)))
			.param("place", PLACE)
			.param("by", by)
			.update() > 0;
	}

}
