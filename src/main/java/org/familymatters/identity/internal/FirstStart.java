package org.familymatters.identity.internal;

import java.io.PrintStream;
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
import org.familymatters.shared.web.PublicAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On first start with an empty database, creates an administrator with a random one-time
 * password that expires
 * ({@code familymatters.one-time-passwords.first-administrator-lifetime}, 24 hours) and
 * must be changed at first sign-in. The password is written once to the console (standard
 * output), never to the log, with the command that issues a new one if it expires
 * ({@link OneTimePasswordCommand}).
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

	private final OneTimePasswordProperties oneTimePasswords;

	private final PublicAddress publicAddress;

	private final Clock clock;

	FirstStart(UserAccounts users, Organisations organisations, Passwords passwords, AuditTrail audit,
			StartupProperties properties, OneTimePasswordProperties oneTimePasswords, PublicAddress publicAddress,
			Clock clock) {
		this.users = users;
		this.organisations = organisations;
		this.passwords = passwords;
		this.audit = audit;
		this.properties = properties;
		this.oneTimePasswords = oneTimePasswords;
		this.publicAddress = publicAddress;
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
		var now = clock.instant();
		var lifetime = oneTimePasswords.firstAdministratorLifetime();
		var admin = users
			.save(UserAccount.create(properties.bootstrap().adminUsername(), "Administrator", null, organisation.id(),
					Set.of(Role.ADMINISTRATOR), passwords.hash(oneTimePassword), now.plus(lifetime), now));
		audit.record(AuditEntry.allowed(IdentityAudit.USER_CREATED, "user", admin.id(), Basis.SYSTEM, "first start"));
		log.info("First start: created the administrator '{}'; their one-time password is on the console",
				admin.username());
		tell(System.out, "First start: created the administrator '" + admin.username() + "' with the one-time password",
				oneTimePassword, admin.username(), lifetime.toHours());
	}

	/**
	 * Writes a one-time password to the console, with where to sign in, how long it
	 * lasts, and how to issue a new one if it expires.
	 */
	void tell(PrintStream console, String what, String oneTimePassword, String username, long hours) {
		console.println("""

				================================================================================
				%s
				    %s
				Sign in at %s within %d hours and choose your own password. It is shown only once.
				If it expires, issue a new one from the command line:
				    java -jar family-matters.jar --identity.one-time-password=%s
				or, from the source:
				    ./mvnw spring-boot:run -Dspring-boot.run.arguments=--identity.one-time-password=%s
				================================================================================
				""".formatted(what, oneTimePassword, publicAddress.link("/sign-in"), hours, username, username));
		console.flush();
	}

	static Organisation ownOrganisation(Organisations organisations, String name) {
		return organisations.findByNameIgnoringCase(name)
			.orElseGet(() -> organisations
				.save(Organisation.create(name, OrganisationType.VOLUNTARY, Sector.VOLUNTARY, null)));
	}

}
