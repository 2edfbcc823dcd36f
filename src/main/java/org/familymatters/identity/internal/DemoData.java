package org.familymatters.identity.internal;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.identity.Localities;
import org.familymatters.identity.Locality;
import org.familymatters.identity.Organisation;
import org.familymatters.identity.OrganisationType;
import org.familymatters.identity.Organisations;
import org.familymatters.identity.Role;
import org.familymatters.identity.Sector;
import org.familymatters.identity.UserAccount;
import org.familymatters.identity.UserAccounts;
import org.familymatters.shared.DemoMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode: a user of every role (two administrators, so that one can approve the roles
 * the other asks for) and a few organisations, so that the service can be tried at once.
 * On by default with the embedded database, off with an external one. Adds only what is
 * missing, so restarts change nothing.
 */
@Component
@Order(2)
class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	static final String SCHOOL = "Banbury primary school (demo)";

	static final String SOCIAL_CARE = "Oxfordshire children's social care (demo)";

	static final String PROBATION = "Thames Valley probation delivery unit (demo)";

	static final Set<DemoUser> USERS = Set.of(
			new DemoUser("demo-volunteer", "Demo court desk volunteer", Role.VOLUNTEER, null),
			new DemoUser("demo-coordinator", "Demo court desk coordinator", Role.COURT_DESK_COORDINATOR, null),
			new DemoUser("demo-support", "Demo support worker", Role.SUPPORT_WORKER, null),
			new DemoUser("demo-practitioner", "Demo school practitioner", Role.AGENCY_PRACTITIONER, SCHOOL),
			new DemoUser("demo-probation", "Demo probation practitioner", Role.AGENCY_PRACTITIONER, PROBATION),
			new DemoUser("demo-safeguarding", "Demo safeguarding lead", Role.SAFEGUARDING_LEAD, SOCIAL_CARE),
			new DemoUser("demo-trainer", "Demo training coordinator", Role.TRAINING_COORDINATOR, null),
			new DemoUser("demo-manager", "Demo manager", Role.MANAGER, null),
			new DemoUser("demo-dpo", "Demo data protection officer", Role.DATA_PROTECTION_OFFICER, null),
			new DemoUser("demo-admin", "Demo administrator", Role.ADMINISTRATOR, null),
			// A second administrator, to approve the roles the first asks for (separation
			// of duties).
			new DemoUser("demo-admin-2", "Second demo administrator", Role.ADMINISTRATOR, null));

	private final UserAccounts users;

	private final Organisations organisations;

	private final Localities localities;

	private final Passwords passwords;

	private final AuditTrail audit;

	private final StartupProperties properties;

	private final DemoMode demoMode;

	private final Clock clock;

	DemoData(UserAccounts users, Organisations organisations, Localities localities, Passwords passwords,
			AuditTrail audit, StartupProperties properties, DemoMode demoMode, Clock clock) {
		this.users = users;
		this.organisations = organisations;
		this.localities = localities;
		this.passwords = passwords;
		this.audit = audit;
		this.properties = properties;
		this.demoMode = demoMode;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!demoMode.enabled()) {
			return;
		}
		var own = FirstStart.ownOrganisation(organisations, properties.bootstrap().organisationName());
		organisation(SCHOOL, OrganisationType.SCHOOL, Sector.STATUTORY, "Banbury");
		organisation(SOCIAL_CARE, OrganisationType.SOCIAL_CARE, Sector.STATUTORY, "Oxford");
		organisation(PROBATION, OrganisationType.PROBATION, Sector.STATUTORY, "Oxford");
		organisation("HMP Bullingdon", OrganisationType.PRISON, Sector.STATUTORY, "Bicester");
		organisation("Reading Crown Court", OrganisationType.COURT, Sector.STATUTORY, "Reading");
		int added = 0;
		for (var demo : USERS) {
			if (users.existsByUsername(demo.username())) {
				continue;
			}
			UUID organisationId = (demo.organisation() != null)
					? organisations.findByNameIgnoringCase(demo.organisation()).orElseThrow().id() : own.id();
			var account = users.save(UserAccount.create(demo.username(), demo.displayName(), null, organisationId,
					Set.of(demo.role()), passwords.hash(properties.demo().password()), null, clock.instant()));
			audit.record(
					AuditEntry.allowed(IdentityAudit.USER_CREATED, "user", account.id(), Basis.SYSTEM, "demo mode"));
			added++;
		}
		if (added > 0) {
			log.info("Demo mode: added {} demo users (see the README for how to sign in as them)", added);
		}
	}

	private void organisation(String name, OrganisationType type, Sector sector, String localityName) {
		if (organisations.findByNameIgnoringCase(name).isEmpty()) {
			var locality = localities.findByNameIgnoringCase(localityName).map(Locality::id).orElse(null);
			organisations.save(Organisation.create(name, type, sector, locality));
		}
	}

	/**
	 * The demo users: username, what they are called, their role, and their organisation.
	 */
	record DemoUser(String username, String displayName, Role role, String organisation) {
	}

}
