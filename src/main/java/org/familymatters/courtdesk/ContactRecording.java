package org.familymatters.courtdesk;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.consent.AccessDecision;
import org.familymatters.courtdesk.internal.CourtDeskAudit;
import org.familymatters.directory.ServiceDetails;
import org.familymatters.directory.Taxonomies;
import org.familymatters.family.FamilyRole;
import org.familymatters.identity.Localities;
import org.familymatters.identity.Role;
import org.familymatters.identity.UserAccount;
import org.familymatters.identity.UserAccounts;
import org.familymatters.referral.NewReferral;
import org.familymatters.referral.ReferralIntake;
import org.familymatters.referral.ReferralProblem;
import org.familymatters.referral.ReferralRefused;
import org.familymatters.referral.ReferralSource;
import org.familymatters.shared.security.SignedInUser;
import org.familymatters.shared.time.ServiceTime;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
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
 */
@Service
public class ContactRecording {

	/**
	 * How far back a contact may be recorded: as long as the volunteer sees their
	 * contacts.
	 */
	public static final java.time.Duration HOW_FAR_BACK = AccessDecision.COURT_DESK_WINDOW;

	/** A phone's clock may run a little ahead of the service's. */
	static final java.time.Duration CLOCK_SLACK = java.time.Duration.ofMinutes(2);

	/** The most children one contact may count. */
	public static final int MAX_CHILDREN = 20;

	/** The most directory services one contact may name. */
	public static final int MAX_SERVICES = 20;

	/** What the person agrees to, as their consent records it. */
	public static final String PURPOSE = "to be contacted by a Family Matters support worker and referred for support";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final JdbcClient jdbc;

	private final CourtVolunteers volunteers;

	private final Courts courts;

	private final Taxonomies taxonomies;

	private final ServiceDetails services;

	private final Localities localities;

	private final UserAccounts accounts;

	private final ReferralIntake intake;

	private final AuditTrail audit;

	private final TransactionTemplate transaction;

	private final TransactionTemplate reading;

	ContactRecording(JdbcClient jdbc, CourtVolunteers volunteers, Courts courts, Taxonomies taxonomies,
			ServiceDetails services, Localities localities, UserAccounts accounts, ReferralIntake intake,
			AuditTrail audit, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.volunteers = volunteers;
		this.courts = courts;
		this.taxonomies = taxonomies;
		this.services = services;
		this.localities = localities;
		this.accounts = accounts;
		this.intake = intake;
		this.audit = audit;
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
		var problems = check(contact, Instant.now());
		if (!problems.isEmpty()) {
			throw new ContactRefused(problems);
		}
		var referral = contact.agreed() ? referral(contact, user, court) : null;
		try {
			return transaction.execute(status -> store(contact, user, court, referral));
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
		return reading.execute(status -> jdbc.sql("""
				select id, reference, referral_reference from court_desk_contact
				where recorded_by = :user and idempotency_key = :key
				""")
			.param("user", volunteerId)
			.param("key", idempotencyKey)
			.query((rs, n) -> new Recorded(rs.getObject("id", UUID.class), rs.getString("reference"), true,
					rs.getString("referral_reference")))
			.optional());
	}

	/**
	 * What is wrong with a contact at a given moment, field by field; empty when it may
	 * be saved.
	 */
	public List<ContactProblem> check(NewContact c, Instant now) {
		var problems = new ArrayList<ContactProblem>();
		if (c.metAt() == null) {
			problems.add(new ContactProblem("time", "courtdesk.contact.time.required"));
		}
		else {
			var met = c.metAt().atZone(ServiceTime.ZONE).toInstant();
			var today = now.atZone(ServiceTime.ZONE).toLocalDate();
			if (c.metAt().toLocalDate().isAfter(today)) {
				problems.add(new ContactProblem("met", "courtdesk.contact.met.future"));
			}
			else if (met.isAfter(now.plus(CLOCK_SLACK))) {
				problems.add(new ContactProblem("time", "courtdesk.contact.time.future"));
			}
			else if (met.isBefore(now.minus(HOW_FAR_BACK))) {
				problems.add(new ContactProblem("met", "courtdesk.contact.met.tooOld"));
			}
		}
		if (c.relationship() == null) {
			problems.add(new ContactProblem("relationship", "courtdesk.contact.relationship.required"));
		}
		if (c.outcome() == null) {
			problems.add(new ContactProblem("outcome", "courtdesk.contact.outcome.required"));
		}
		else {
			if (c.outcome().sentenced() && c.sentenceBand() == null) {
				problems.add(new ContactProblem("sentenceBand", "courtdesk.contact.sentenceBand.required"));
			}
			if (c.outcome().custody() && c.firstTimeInCustody() == null) {
				problems.add(new ContactProblem("firstTimeInCustody", "courtdesk.contact.firstTime.required"));
			}
		}
		children(c, problems);
		if (!c.concerns().isEmpty()) {
			var known = taxonomies.allTerms().stream().map(Taxonomies.Term::id).collect(Collectors.toSet());
			if (c.concerns().stream().anyMatch(id -> id == null || !known.contains(id))) {
				problems.add(new ContactProblem("concerns", "courtdesk.contact.concerns.unknown"));
			}
		}
		if (c.services().size() > MAX_SERVICES) {
			problems.add(new ContactProblem("services", "courtdesk.contact.services.tooMany"));
		}
		else if (c.services().stream().anyMatch(id -> id == null || services.find(id).isEmpty())) {
			problems.add(new ContactProblem("services", "courtdesk.contact.services.unknown"));
		}
		if (c.emotionalSupport() == null) {
			problems.add(new ContactProblem("emotionalSupport", "courtdesk.contact.emotionalSupport.required"));
		}
		if (c.agreesToContact() == null) {
			problems.add(new ContactProblem("agreesToContact", "courtdesk.contact.agreesToContact.required"));
		}
		else if (c.agreed()) {
			details(c.details(), problems);
		}
		return List.copyOf(problems);
	}

	private static void children(NewContact c, List<ContactProblem> problems) {
		boolean inRange = true;
		if (c.children() == null) {
			problems.add(new ContactProblem("children", "courtdesk.contact.children.required"));
			inRange = false;
		}
		else if (c.children() < 0 || c.children() > MAX_CHILDREN) {
			problems.add(new ContactProblem("children", "courtdesk.contact.children.range"));
			inRange = false;
		}
		int bands = 0;
		for (var band : List.of(new Object[] { "childrenUnder5", c.childrenUnder5() },
				new Object[] { "children5To11", c.children5To11() },
				new Object[] { "children12To17", c.children12To17() })) {
			var value = (Integer) band[1];
			if (value == null) {
				continue;
			}
			if (value < 0 || value > MAX_CHILDREN) {
				problems.add(new ContactProblem((String) band[0], "courtdesk.contact.children.range"));
				inRange = false;
			}
			bands += value;
		}
		if (inRange && bands > c.children()) {
			problems.add(new ContactProblem("childrenUnder5", "courtdesk.contact.children.bands"));
		}
	}

	private void details(NewContact.Details d, List<ContactProblem> problems) {
		var details = (d != null) ? d : new NewContact.Details(null, null, null, null, null, null, false);
		required(details.givenName(), "givenName", 100, problems);
		required(details.familyName(), "familyName", 100, problems);
		var phone = trimmed(details.phone());
		var email = trimmed(details.email());
		if (phone == null && email == null) {
			problems.add(new ContactProblem("phone", "courtdesk.contact.reachable.required"));
		}
		if (phone != null && !ReferralIntake.PHONE.matcher(phone).matches()) {
			problems.add(new ContactProblem("phone", "courtdesk.contact.phone.invalid"));
		}
		if (email != null && (email.length() > 254 || !ReferralIntake.EMAIL.matcher(email).matches())) {
			problems.add(new ContactProblem("email", "courtdesk.contact.email.invalid"));
		}
		if (details.localityId() == null || !localities.existsById(details.localityId())) {
			problems.add(new ContactProblem("localityId", "courtdesk.contact.locality.required"));
		}
		var bestTime = trimmed(details.bestTime());
		if (bestTime != null && bestTime.length() > 200) {
			problems.add(new ContactProblem("bestTime", "courtdesk.contact.tooLong.200"));
		}
		if (!details.explained()) {
			problems.add(new ContactProblem("explained", "courtdesk.contact.explained.required"));
		}
	}

	private static void required(String value, String field, int max, List<ContactProblem> problems) {
		var text = trimmed(value);
		if (text == null) {
			problems.add(new ContactProblem(field, "courtdesk.contact." + field + ".required"));
		}
		else if (text.length() > max) {
			problems.add(new ContactProblem(field, "courtdesk.contact.tooLong." + max));
		}
	}

	private Recorded store(NewContact c, SignedInUser user, UUID court, NewReferral referral) {
		var id = UUID.randomUUID();
		var occurredAt = c.metAt().atZone(ServiceTime.ZONE).toInstant();
		var session = jdbc.sql("""
				select s.id from court_desk_session s
				join court_desk_shift f on f.session_id = s.id and f.volunteer_id = :user
				where s.court_id = :court and s.session_date = :day and s.cancelled_at is null
				order by case when cast(:time as time) between s.starts_at and s.ends_at then 0 else 1 end, s.starts_at
				limit 1
				""")
			.param("user", user.id())
			.param("court", court)
			.param("day", c.metAt().toLocalDate())
			.param("time", java.sql.Time.valueOf(c.metAt().toLocalTime().withNano(0)))
			.query(UUID.class)
			.optional()
			.orElse(null);
		boolean sentenced = c.outcome().sentenced();
		boolean custody = c.outcome().custody();
		var reference = jdbc.sql("""
				insert into court_desk_contact (id, idempotency_key, recorded_by, court_id, session_id, occurred_at,
				    relationship, outcome, sentence_band, first_time_in_custody, children_count, children_under_5,
				    children_5_to_11, children_12_to_17, leaflets, emotional_support, agrees_to_contact)
				values (:id, :key, :user, :court, :session, :occurredAt, :relationship, :outcome, :band, :firstTime,
				    :children, :under5, :from5, :from12, cast(:leaflets as text[]), :support, :agrees)
				returning reference
				""")
			.param("id", id)
			.param("key", c.idempotencyKey())
			.param("user", user.id())
			.param("court", court)
			.param("session", session)
			.param("occurredAt", java.sql.Timestamp.from(occurredAt))
			.param("relationship", c.relationship().code())
			.param("outcome", c.outcome().code())
			.param("band", sentenced ? c.sentenceBand().code() : null)
			.param("firstTime", custody ? c.firstTimeInCustody().code() : null)
			.param("children", c.children())
			.param("under5", zero(c.childrenUnder5()))
			.param("from5", zero(c.children5To11()))
			.param("from12", zero(c.children12To17()))
			.param("leaflets", c.leaflets().stream().sorted().map(Leaflet::code).toArray(String[]::new))
			.param("support", c.emotionalSupport())
			.param("agrees", c.agreed())
			.query(String.class)
			.single();
		for (var term : c.concerns()) {
			jdbc.sql("insert into court_desk_contact_concern (contact_id, term_id) values (:id, :term)")
				.param("id", id)
				.param("term", term)
				.update();
		}
		for (var service : c.services()) {
			jdbc.sql("insert into court_desk_contact_service (contact_id, service_id) values (:id, :service)")
				.param("id", id)
				.param("service", service)
				.update();
		}
		String referralReference = null;
		if (c.agreed()) {
			var d = c.details();
			jdbc.sql("""
					insert into court_desk_contact_details (contact_id, given_name, family_name, phone, email,
					    locality_id, best_time)
					values (:id, :given, :family, :phone, :email, :locality, :bestTime)
					""")
				.param("id", id)
				.param("given", trimmed(d.givenName()))
				.param("family", trimmed(d.familyName()))
				.param("phone", trimmed(d.phone()))
				.param("email", trimmed(d.email()))
				.param("locality", d.localityId())
				.param("bestTime", trimmed(d.bestTime()))
				.update();
			jdbc.sql("""
					insert into court_desk_consent (contact_id, method, witness, given_at, purpose)
					values (:id, 'verbal_witnessed', :witness, now(), :purpose)
					""").param("id", id).param("witness", user.displayName()).param("purpose", PURPOSE).update();
			var received = intake.receive(referral);
			referralReference = received.reference();
			jdbc.sql(
					"update court_desk_contact set referral_id = :referral, referral_reference = :reference where id = :id")
				.param("referral", received.id())
				.param("reference", received.reference())
				.param("id", id)
				.update();
			audit.record(AuditEntry
				.allowed(CourtDeskAudit.COURT_DESK_CONSENT_RECORDED, "court_desk_contact", id, Basis.CONSENT,
						id.toString())
				.withDetail("verbal, witnessed at the court desk; referral " + received.reference()));
		}
		audit.record(AuditEntry
			.allowed(CourtDeskAudit.COURT_DESK_CONTACT_RECORDED, "court_desk_contact", id, Basis.ROLE,
					Role.VOLUNTEER.name())
			.withDetail(reference
					+ (c.agreed() ? ", agreed to be contacted, referral " + referralReference : ", anonymous")));
		return new Recorded(id, reference, false, referralReference);
	}

	/** The referral the contact makes when the person agrees to be contacted. */
	private NewReferral referral(NewContact c, SignedInUser user, UUID court) {
		var d = c.details();
		var email = accounts.findById(user.id()).map(UserAccount::email).orElse(null);
		var person = new NewReferral.Person(d.givenName(), d.familyName(), null, null,
				c.relationship().label() + " of the defendant", role(c.relationship()), d.phone(), d.email(), null,
				null);
		return new NewReferral(ReferralSource.COURT_DESK, user.displayName(), email, null, user.organisationId(), null,
				d.localityId(), List.of(person), reason(c, court), c.concerns(), List.of(), true);
	}

	/**
	 * The family role of the person who came to the desk, from their relationship to the
	 * defendant.
	 */
	static FamilyRole role(Relationship relationship) {
		return switch (relationship) {
			case PARTNER -> FamilyRole.PARTNER;
			case SON_OR_DAUGHTER -> FamilyRole.CHILD;
			default -> FamilyRole.OTHER_RELATIVE;
		};
	}

	/**
	 * The facts, in words: "Met at the Reading Crown Court desk on 3 March 2026:
	 * immediate custody, …".
	 */
	String reason(NewContact c, UUID court) {
		var courtName = courts.find(court).map(Court::name).orElse("court");
		var facts = new ArrayList<String>();
		facts.add(lower(c.outcome().label()));
		if (c.outcome().sentenced() && c.sentenceBand() != null) {
			facts.add(lower(c.sentenceBand().label()));
		}
		if (c.outcome().custody() && c.firstTimeInCustody() != null) {
			facts.add(switch (c.firstTimeInCustody()) {
				case YES -> "first time in custody";
				case NO -> "has been in custody before";
				case NOT_KNOWN -> "not known whether it is the first time in custody";
			});
		}
		var text = new StringBuilder("Met at the ").append(courtName)
			.append(" desk on ")
			.append(DAY.format(c.metAt()))
			.append(": ")
			.append(String.join(", ", facts))
			.append("; ")
			.append(childrenText(c))
			.append('.');
		if (!c.concerns().isEmpty()) {
			var names = new LinkedHashSet<String>();
			var byId = taxonomies.allTerms()
				.stream()
				.collect(Collectors.toMap(Taxonomies.Term::id, Taxonomies.Term::name, (a, b) -> a));
			c.concerns().forEach(id -> names.add(byId.getOrDefault(id, "")));
			text.append(" Concerns raised: ").append(String.join(", ", names)).append('.');
		}
		if (Boolean.TRUE.equals(c.emotionalSupport())) {
			text.append(" Emotional support was given at the desk.");
		}
		text.append(" They agreed to be contacted.");
		return text.toString();
	}

	static String childrenText(NewContact c) {
		if (c.children() == 0) {
			return "no children";
		}
		var words = c.children() + ((c.children() != 1) ? " children" : " child");
		var bands = new ArrayList<String>();
		if (zero(c.childrenUnder5()) > 0) {
			bands.add(c.childrenUnder5() + " under 5");
		}
		if (zero(c.children5To11()) > 0) {
			bands.add(c.children5To11() + " aged 5 to 11");
		}
		if (zero(c.children12To17()) > 0) {
			bands.add(c.children12To17() + " aged 12 to 17");
		}
		return bands.isEmpty() ? words : words + " (" + String.join(", ", bands) + ")";
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

	private static SignedInUser volunteer() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof SignedInUser user)
				|| authentication.getAuthorities()
					.stream()
					.noneMatch(a -> Role.VOLUNTEER.authority().equals(a.getAuthority()))) {
			throw new AccessDeniedException("Only court desk volunteers record contacts");
		}
		return user;
	}

	private static int zero(Integer value) {
		return (value != null) ? value : 0;
	}

	private static String lower(String label) {
		return label.isEmpty() ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
	}

	static String trimmed(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/**
	 * A contact that is stored: its id and reference, whether it had been received
	 * already (this submission then stored nothing), and the reference of the referral
	 * made with it, if any.
	 */
	public record Recorded(UUID id, String reference, boolean alreadyReceived, String referralReference) {
	}

}
