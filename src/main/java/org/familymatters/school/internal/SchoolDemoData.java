package org.familymatters.school.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.shared.DemoMode;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode: the demo school practitioner is the designated contact of the demo primary
 * school, set by the demo administrator. Added once, when the school has no contact yet.
 */
@Component
@Order(40)
class SchoolDemoData implements ApplicationRunner {

	static final String SCHOOL = "Banbury primary school (demo)";

	private final JdbcClient jdbc;

	private final DemoMode demoMode;

	private final AuditTrail audit;

	private final Clock clock;

	SchoolDemoData(JdbcClient jdbc, DemoMode demoMode, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.demoMode = demoMode;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!demoMode.enabled()) {
			return;
		}
		var school = jdbc.sql("select id from identity_organisation where name = :name and type = 'SCHOOL'")
			.param("name", SCHOOL)
			.query(UUID.class)
			.optional();
		var practitioner = jdbc.sql("select id from identity_user where username = 'demo-practitioner'")
			.query(UUID.class)
			.optional();
		var admin = jdbc.sql("select id from identity_user where username = 'demo-admin'").query(UUID.class).optional();
		if (school.isEmpty() || practitioner.isEmpty() || admin.isEmpty()) {
			return;
		}
		int added = jdbc.sql("""
				insert into school_contact (school_id, user_id, set_by, set_at) values (:school, :user, :by, :at)
				on conflict do nothing
				""")
			.param("school", school.get())
			.param("user", practitioner.get())
			.param("by", admin.get())
			.param("at", Timestamp.from(clock.instant()))
			.update();
		if (added > 0) {
			audit.record(new AuditEntry(SchoolAudit.SCHOOL_CONTACT_SET, true, "organisation", school.get().toString(),
					Basis.SYSTEM, "demo mode", "designated contact: user " + practitioner.get()));
		}
	}

}
