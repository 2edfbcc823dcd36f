package org.familymatters.courtdesk.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.directory.ServiceDetails;
import org.familymatters.directory.Taxonomies;
import org.familymatters.identity.Localities;
import org.familymatters.identity.Role;
import org.familymatters.identity.UserAccount;
import org.familymatters.identity.UserAccounts;
import org.familymatters.referral.NewReferral;
import org.familymatters.referral.ReferralIntake;
import org.familymatters.referral.ReferralProblem;
import org.familymatters.referral.ReferralRefused;
import org.familymatters.shared.security.CurrentUser;
import org.familymatters.shared.security.SignedInUser;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A volunteer records a contact at their court's desk. The contact, its concerns and
 * services are saved in one transaction, all or nothing; with the person's agreement also
 * their details, the consent the volunteer witnessed, and a referral to the family's
 * locality (source "court desk"). Without agreement nothing that identifies anyone is
 * stored: the details are not read at all.
 * <p>
 * The same idempotency key from the same volunteer is stored once: a resubmission (an
 * offline contact sent again because the answer was lost, a form sent twice) is
 * acknowledged with the contact first stored, even when two arrive at once.
 * <p>
 * What a contact needs is {@link ContactRules}; where it is kept, {@link ContactStore};
 * what its referral says, {@link ReferralText}.
 */
@Service
public class ContactRecording {

	/** What the person agrees to, as their consent records it. */
	public static final String PURPOSE = "to be contacted by a Family Matters support worker and referred for support";

	private final ContactStore store;

	private final CourtVolunteers volunteers;

	private final Courts courts;

	private final Taxonomies taxonomies;

	private final ServiceDetails services;

	private final Localities localities;

	private final UserAccounts accounts;

	private final ReferralIntake intake;

	private final AuditTrail audit;

	private final CurrentUser currentUser;

	private final Clock clock;

	private final TransactionTemplate transaction;

	private final TransactionTemplate reading;

	ContactRecording(ContactStore store, CourtVolunteers volunteers, Courts courts, Taxonomies taxonomies,
			ServiceDetails services, Localities localities, UserAccounts accounts, ReferralIntake intake,
			AuditTrail audit, CurrentUser currentUser, Clock clock, PlatformTransactionManager transactions) {
		this.store = store;
		this.volunteers = volunteers;
		this.courts = courts;
		this.taxonomies = taxonomies;
		this.services = services;
		this.localities = localities;
		this.accounts = accounts;
		this.intake = intake;
		this.audit = audit;
		this.currentUser = currentUser;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
	}

	/**
	 * Records a contact for the signed-in volunteer at the court they work at, or
	 * acknowledges it again when the volunteer sent its idempotency key before.
	 * @throws ContactRefused with every problem, field by field, when anything is wrong;
	 * nothing is saved
	 * @throws AccessDeniedException when the signed-in user is not a volunteer
	 */
	public Recorded record(NewContact contact) {
		var user = volunteer();
		var court = volunteers.courtOf(user.id())
			.orElseThrow(() -> new ContactRefused(List.of(new ContactProblem(null, "courtdesk.contact.noCourt"))));
		if (contact.idempotencyKey() == null) {
			throw new ContactRefused(List.of(new ContactProblem(null, "courtdesk.contact.key.required")));
		}
		var earlier = received(user.id(), contact.idempotencyKey());
		if (earlier.isPresent()) {
			return earlier.get();
		}
		var problems = check(contact);
		if (!problems.isEmpty()) {
			throw new ContactRefused(problems);
		}
		var kept = ContactRules.kept(contact);
		var referral = kept.agreed() ? referral(kept, user, court) : null;
		try {
			return transaction.execute(status -> store(kept, user, court, referral));
		}
		catch (DuplicateKeyException duplicate) {
			// Sent twice at once: the other submission stored it.
			return received(user.id(), contact.idempotencyKey()).orElseThrow(() -> duplicate);
		}
		catch (ReferralRefused refused) {
			// The intake checks the person's details again; its refusal rolled the
			// contact back.
			throw new ContactRefused(refused.problems().stream().map(ContactRecording::onForm).toList());
		}
	}

	/** The contact a volunteer already sent with this key, acknowledged again. */
	public Optional<Recorded> received(UUID volunteerId, UUID idempotencyKey) {
		return reading.execute(status -> store.received(volunteerId, idempotencyKey));
	}

	/**
	 * What is wrong with a contact now, field by field ({@link ContactRules}); empty when
	 * it may be saved.
	 */
	public List<ContactProblem> check(NewContact contact) {
		return ContactRules.problems(contact, clock.instant(), new Known());
	}

	private Recorded store(NewContact c, SignedInUser user, UUID court, NewReferral referral) {
		var stored = store.add(c, user.id(), court);
		var id = stored.id();
		String referralReference = null;
		if (c.agreed()) {
			store.addAgreement(id, c.details(), user.displayName(), PURPOSE);
			var received = intake.receive(referral);
			referralReference = received.reference();
			store.referred(id, received.id(), received.reference());
			audit.record(AuditEntry
				.allowed(CourtDeskAudit.COURT_DESK_CONSENT_RECORDED, "court_desk_contact", id, Basis.CONSENT,
						id.toString())
				.withDetail("verbal, witnessed at the court desk; referral " + received.reference()));
		}
		audit.record(AuditEntry
			.allowed(CourtDeskAudit.COURT_DESK_CONTACT_RECORDED, "court_desk_contact", id, Basis.ROLE,
					Role.VOLUNTEER.name())
			.withDetail(stored.reference()
					+ (c.agreed() ? ", agreed to be contacted, referral " + referralReference : ", anonymous")));
		return new Recorded(id, stored.reference(), false, referralReference);
	}

	/** The referral the contact makes when the person agrees to be contacted. */
	private NewReferral referral(NewContact c, SignedInUser user, UUID court) {
		var email = accounts.findById(user.id()).map(UserAccount::email).orElse(null);
		var courtName = courts.find(court).map(Court::name).orElse("court");
		Map<UUID, String> needNames = c.concerns().isEmpty() ? Map.of()
				: taxonomies.allTerms()
					.stream()
					.collect(Collectors.toMap(Taxonomies.Term::id, Taxonomies.Term::name, (a, b) -> a));
		return ReferralText.referral(c, new ReferralText.Volunteer(user.displayName(), email, user.organisationId()),
				courtName, needNames);
	}

	/** A referral problem on the contact form's field. */
	static ContactProblem onForm(ReferralProblem problem) {
		var field = problem.field();
		String onForm;
		if (field.startsWith("people[")) {
			var name = field.substring(field.indexOf('.') + 1);
			onForm = switch (name) {
				case "givenName", "familyName", "phone", "email" -> name;
				default -> null;
			};
		}
		else {
			onForm = switch (field) {
				case "localityId" -> "localityId";
				case "needs" -> "concerns";
				default -> null;
			};
		}
		return new ContactProblem(onForm, (onForm != null) ? problem.code() : "courtdesk.contact.referral.refused");
	}

	/** The signed-in volunteer; nobody else records contacts. */
	private SignedInUser volunteer() {
		return currentUser.find()
			.filter(user -> currentUser.has(Role.VOLUNTEER))
			.orElseThrow(() -> new AccessDeniedException("Only court desk volunteers record contacts"));
	}

	/**
	 * A contact that is stored: its id and reference, whether it had been received
	 * already (this submission then stored nothing), and the reference of the referral
	 * made with it, if any.
	 */
	public record Recorded(UUID id, String reference, boolean alreadyReceived, String referralReference) {
	}

	/**
	 * What the rules ask of the directory and of identity, the needs read once per check.
	 */
	private final class Known implements ContactRules.Known {

		private Set<UUID> needs;

		@Override
		public boolean need(UUID id) {
			if (needs == null) {
				needs = taxonomies.allTerms().stream().map(Taxonomies.Term::id).collect(Collectors.toSet());
			}
			return needs.contains(id);
		}

		@Override
		public boolean service(UUID id) {
			return services.find(id).isPresent();
		}

		@Override
		public boolean locality(UUID id) {
			return localities.existsById(id);
		}

	}

}
