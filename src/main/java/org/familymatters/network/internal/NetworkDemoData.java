package org.familymatters.network.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.familymatters.shared.DemoMode;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode: the Banbury Family Matters network in the Banbury locality, coordinated by
 * the demo support worker, with the demo support worker, the demo school practitioner and
 * the demo probation practitioner as members (each organisation's backing confirmed), and
 * the first version of its terms of reference and of its consent form. Added once, after
 * the demo users; a restart changes nothing.
 */
@Component
@Order(40)
class NetworkDemoData implements ApplicationRunner {

	/** The demo network. */
	static final String NETWORK = "e7000000-0000-4000-8000-000000000001";

	static final String TERMS = """
			The Banbury Family Matters network brings together the agencies that support the families of \
			prisoners in and around Banbury (demo).
			We meet every three months. Members raise individual families for discussion with a view to \
			agreeing plans for support and intervention, and agree who will do what by when.
			Members have the backing of their organisations. Each member's organisation confirms that it \
			supports their membership and the time it takes.
			We share information about a family only with the consent of a parent or carer, given on the \
			network's consent form. Without consent we share only what is needed to keep a child safe, \
			through the designated safeguarding lead.
			There is an email group so that all members have contact details. Messages to the group never \
			name a family: a family is referred to only by the link to its record.""";

	static final String CONSENT_FORM = """
			I agree that the members of the Banbury Family Matters network may share information about my \
			family, so that they can agree how best to support us (demo).
			I understand what will be shared: who we are, what support we need, and how the children are \
			getting on at school.
			I understand that I can withdraw my consent at any time by telling my key worker, and that \
			information will then only be shared if it is needed to keep a child safe.
			Signed by the parent or carer, with the date.""";

	private final JdbcClient jdbc;

	private final DemoMode demoMode;

	private final Clock clock;

	NetworkDemoData(JdbcClient jdbc, DemoMode demoMode, Clock clock) {
		this.jdbc = jdbc;
		this.demoMode = demoMode;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!demoMode.enabled() || jdbc.sql("select exists (select 1 from network where id = cast(:id as uuid))")
			.param("id", NETWORK)
			.query(Boolean.class)
			.single()) {
			return;
		}
		var locality = jdbc.sql("select id from identity_locality where name = 'Banbury'").query(UUID.class).optional();
		var support = user("demo-support");
		var school = user("demo-practitioner");
		var probation = user("demo-probation");
		if (locality.isEmpty() || support.isEmpty() || school.isEmpty() || probation.isEmpty()) {
			return;
		}
		var at = Timestamp.from(clock.instant());
		var coordinator = support.get().id();
		jdbc.sql("""
				insert into network (id, name, locality_id, coordinator_user_id, created_by, created_at, updated_at)
				values (cast(:id as uuid), 'Banbury Family Matters network', :locality, :coordinator, :coordinator,
				        :at, :at)
				""")
			.param("id", NETWORK)
			.param("locality", locality.get())
			.param("coordinator", coordinator)
			.param("at", at)
			.update();
		var confirmed = LocalDate.now(clock).minusMonths(1);
		for (var member : new User[] { support.get(), school.get(), probation.get() }) {
			jdbc.sql("""
					insert into network_member (network_id, user_id, organisation_id, backing_confirmed_on, joined_at,
					                            added_by)
					values (cast(:network as uuid), :user, :organisation, :confirmed, :at, :by)
					""")
				.param("network", NETWORK)
				.param("user", member.id())
				.param("organisation", member.organisationId())
				.param("confirmed", confirmed)
				.param("at", at)
				.param("by", coordinator)
				.update();
		}
		document("terms", TERMS, coordinator, at);
		document("consent_form", CONSENT_FORM, coordinator, at);
	}

	private Optional<User> user(String username) {
		return jdbc.sql("""
				select id, organisation_id from identity_user where username = :username and organisation_id is not null
				""").param("username", username).query(User.class).optional();
	}

	private void document(String kind, String body, UUID by, Timestamp at) {
		jdbc.sql("""
				insert into network_document (network_id, kind, number, body, written_by, written_at)
				values (cast(:network as uuid), :kind, 1, :body, :by, :at)
				""")
			.param("network", NETWORK)
			.param("kind", kind)
			.param("body", body)
			.param("by", by)
			.param("at", at)
			.update();
	}

	private record User(UUID id, UUID organisationId) {
	}

}
