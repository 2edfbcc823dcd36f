package org.familymatters.identity.internal;

import java.time.Clock;
import java.util.Set;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.identity.Organisation;
import org.familymatters.identity.OrganisationType;
import org.familymatters.identity.Organisations;
import org.familymatters.identity.Role;
import org.familymatters.identity.Sector;
import org.familymatters.identity.UserAccount;
import org.familymatters.identity.UserAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On first start with an empty database, creates an administrator with a random one-time
 * password, printed once in the log, which must be changed at first sign-in.
 */
@Component
@Order(1)
class FirstStart implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstStart.class);

	private final UserAccounts users;

	private final Organisations organisations;

	private final Passwords passwords;

	private final AuditTrail audit;

	private final StartupProperties properties;

	private final Clock clock;

	FirstStart(UserAccounts users, Organisations organisations, Passwords passwords, AuditTrail audit,
			StartupProperties properties, Clock clock) {
		this.users = users;
		this.organisations = organisations;
		this.passwords = passwords;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (users.countAll() > 0) {
			return;
		}
		var organisation = ownOrganisation(organisations, properties.bootstrap().organisationName());
		var oneTimePassword = passwords.oneTimePassword();
		var admin = users.save(UserAccount.create(properties.bootstrap().adminUsername(), "Administrator", null,
				organisation.id(), Set.of(Role.ADMINISTRATOR), passwords.hash(oneTimePassword), true, clock.instant()));
		audit.record(AuditEntry.allowed(IdentityAudit.USER_CREATED, "user", admin.id(), Basis.SYSTEM, "first start"));
		log.warn("""

				================================================================================
				First start: created the administrator '{}' with the one-time password
				    {}
				Sign in at /sign-in and choose a new password. This is shown only once.
				================================================================================""", admin.username(),
				oneTimePassword);
	}

	static Organisation ownOrganisation(Organisations organisations, String name) {
		return organisations.findByNameIgnoringCase(name)
			.orElseGet(() -> organisations
				.save(Organisation.create(name, OrganisationType.VOLUNTARY, Sector.VOLUNTARY, null)));
	}

}
