package org.familymatters.consent;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.familymatters.audit.AuditAction;
import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.identity.Organisation;
import org.familymatters.identity.OrganisationType;
import org.familymatters.identity.Organisations;
import org.familymatters.identity.Role;
import org.familymatters.shared.security.SignedInUser;
import org.familymatters.shared.time.ServiceTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one rule that decides who may see and change a family's record. Pages, API, exports
 * and attachments all ask it, and every answer — allowed or refused — is audited with its
 * basis:
 * <ul>
 * <li>a support worker of the family's locality (their organisation's locality, or any
 * locality for an organisation that works across the Thames Valley), and the family's key
 * worker, see and change everything (basis ROLE);</li>
 * <li>an agency practitioner or designated safeguarding lead sees what an approved
 * safeguarding basis (SAFEGUARDING) or current consent (CONSENT) covers for their
 * organisation, or for every organisation of its type; consent that is withdrawn, not yet
 * given or past its review date counts as none;</li>
 * <li>a school sees only its own pupils, whatever consent covers, and only who they
 * are;</li>
 * <li>without consent to who they are (identity) nobody in the family is named: consent
 * to custody details alone shows the custody episodes and the family's reference, nothing
 * more;</li>
 * <li>volunteers, court desk coordinators, training coordinators, managers and
 * administrators see no family records, even where consent names their organisation; a
 * key worker who is no longer a support worker loses the family.</li>
 * </ul>
 * A refusal because consent was withdrawn or has lapsed is audited with basis CONSENT and
 * a reference {@code WITHDRAWN:<consent id>} or {@code EXPIRED:<consent id>}.
 * <p>
 * Court desk contacts are not family records; {@link #requireCourtDeskContact} is their
 * rule.
 */
@Service
public class AccessDecision {

	private final JdbcClient jdbc;

	private final Organisations organisations;

	private final AuditTrail audit;

	private final TransactionTemplate separately;

	AccessDecision(JdbcClient jdbc, Organisations organisations, AuditTrail audit,
			PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.organisations = organisations;
		this.audit = audit;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Decides for the signed-in user, records the decision as {@code action}, and returns
	 * it.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public Access decide(AccessSubject subject, AuditAction action) {
		var access = decide(subject, LocalDate.now(ServiceTime.ZONE));
		audit.record(new AuditEntry(action, access.allowed(), "family", subject.familyId().toString(), access.basis(),
				access.reference(), null));
		return access;
	}

	/**
	 * Decides and records as {@code decide} does, then refuses (403) unless the user may
	 * see the family at all, or change it when {@code change} is asked.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public Access require(AccessSubject subject, AuditAction action, boolean change) {
		return require(subject, action, change, null);
	}

	/**
	 * As {@link #require(AccessSubject, String, boolean)}, with a note for the audit
	 * event (for example which consent was recorded, or what a safeguarding lead was
	 * shown).
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public Access require(AccessSubject subject, AuditAction action, boolean change, String detail) {
		var access = decide(subject, LocalDate.now(ServiceTime.ZONE));
		boolean allowed = access.allowed() && (!change || access.mayChange());
		var entry = new AuditEntry(action, allowed, "family", subject.familyId().toString(), access.basis(),
				access.reference(), detail);
		if (!allowed) {
			// The refusal is kept even though the caller's work is rolled back.
			separately.executeWithoutResult(status -> audit.record(entry));
			throw new AccessDeniedException("Not allowed to " + (change ? "change" : "see") + " this family");
		}
		audit.record(entry);
		return access;
	}

	/**
	 * Whether the signed-in user may start a new family in a locality: its support
	 * workers may. A refusal is audited as {@code action} and answered with 403.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public void requireNewFamilyIn(UUID localityId, AuditAction action) {
		var access = decide(new AccessSubject(new UUID(0, 0), localityId, null, java.util.Map.of()),
				LocalDate.now(ServiceTime.ZONE));
		if (!access.mayChange()) {
			var entry = new AuditEntry(action, false, "locality", localityId.toString(), access.basis(),
					access.reference(), null);
			separately.executeWithoutResult(status -> audit.record(entry));
			throw new AccessDeniedException("Not allowed to start a family in this locality");
		}
	}

	/** How long a volunteer keeps sight of the contacts they recorded. */
	public static final Duration COURT_DESK_WINDOW = Duration.ofDays(14);

	/**
	 * Whether the signed-in user may see a court desk contact: a court desk coordinator
	 * sees every contact (basis ROLE); a volunteer sees only a contact they recorded
	 * themselves, at the court they work at now, met within the last
	 * {@link #COURT_DESK_WINDOW 14 days}; nobody else sees any. The answer is audited as
	 * {@code action}; a refusal is kept even though the caller's work rolls back, and
	 * answered with 403.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public Access requireCourtDeskContact(CourtDeskContactSubject subject, AuditAction action) {
		var access = decideCourtDeskContact(subject, Instant.now());
		var entry = new AuditEntry(action, access.allowed(), "court_desk_contact", subject.contactId().toString(),
				access.basis(), access.reference(), null);
		if (!access.allowed()) {
			separately.executeWithoutResult(status -> audit.record(entry));
			throw new AccessDeniedException("Not allowed to see this court desk contact");
		}
		audit.record(entry);
		return access;
	}

	/** The court desk decision alone, at a given moment, recording nothing. */
	public Access decideCourtDeskContact(CourtDeskContactSubject subject, Instant now) {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof SignedInUser user)) {
			return Access.refused("anonymous");
		}
		var roles = roles(authentication);
		if (roles.contains(Role.COURT_DESK_COORDINATOR)) {
			return new Access(true, Basis.ROLE, Role.COURT_DESK_COORDINATOR.name(),
					EnumSet.allOf(InformationKind.class), null, false);
		}
		if (!roles.contains(Role.VOLUNTEER)) {
			return Access.refused(roles.stream().map(Role::name).sorted().collect(Collectors.joining(",")));
		}
		if (!user.id().equals(subject.recordedBy())) {
			return Access.refused("VOLUNTEER:NOT_RECORDED_BY_THEM");
		}
		if (!subject.courtId().equals(subject.viewerCourtId())) {
			return Access.refused("VOLUNTEER:OTHER_COURT");
		}
		if (subject.occurredAt().isBefore(now.minus(COURT_DESK_WINDOW))) {
			return Access.refused("VOLUNTEER:OLDER_THAN_14_DAYS");
		}
		return new Access(true, Basis.ROLE, Role.VOLUNTEER.name(), EnumSet.allOf(InformationKind.class), null, false);
	}

	/** The decision alone, for a given day, recording nothing. */
	@Transactional(readOnly = true)
	public Access decide(AccessSubject subject, LocalDate today) {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof SignedInUser user)) {
			return Access.refused("anonymous");
		}
		var roles = roles(authentication);
		var organisation = organisations.findById(user.organisationId()).orElse(null);
		if (supportScope(roles, organisation).covers(subject.localityId())) {
			return Access.everything(Role.SUPPORT_WORKER.name());
		}
		// The key worker keeps the family while they are a support worker, wherever their
		// organisation is.
		if (roles.contains(Role.SUPPORT_WORKER) && user.id().equals(subject.keyWorkerId())) {
			return Access.everything("KEY_WORKER");
		}
		if (organisation == null
				|| !(roles.contains(Role.AGENCY_PRACTITIONER) || roles.contains(Role.SAFEGUARDING_LEAD))) {
			return Access.refused(roles.stream().map(Role::name).sorted().collect(Collectors.joining(",")));
		}
		if (!organisation.active()) {
			return Access.refused("ORGANISATION_INACTIVE");
		}
		boolean school = organisation.type() == OrganisationType.SCHOOL;
		Set<UUID> pupils = school ? subject.schoolOfPupil()
			.entrySet()
			.stream()
			.filter(e -> organisation.id().equals(e.getValue()))
			.map(java.util.Map.Entry::getKey)
			.collect(Collectors.toSet()) : null;
		if (school && pupils.isEmpty()) {
			return Access.refused("SCHOOL_WITHOUT_PUPILS");
		}

		var safeguarding = jdbc.sql("""
				select id from safeguarding_request
				where family_id = :family and status = 'approved' and ends_on >= :today
				  and :organisation = any(organisation_ids)
				order by decided_at desc limit 1
				""")
			.param("family", subject.familyId())
			.param("today", today)
			.param("organisation", organisation.id())
			.query(UUID.class)
			.optional();
		if (safeguarding.isPresent()) {
			var kinds = school ? EnumSet.of(InformationKind.IDENTITY) : EnumSet.allOf(InformationKind.class);
			return new Access(true, Basis.SAFEGUARDING, safeguarding.get().toString(), kinds, pupils, false);
		}

		record Covered(UUID consent, String kind) {
		}
		List<Covered> covered = jdbc.sql("""
				select c.id, i.kind from consent c
				join consent_information i on i.consent_id = c.id
				where c.family_id = :family and c.withdrawn_at is null and c.given_on <= :today
				  and (c.review_on is null or c.review_on >= :today)
				  and exists (select 1 from consent_recipient r where r.consent_id = c.id
				              and (r.organisation_id = :organisation or r.organisation_type = :type))
				order by c.given_on, c.id
				""")
			.param("family", subject.familyId())
			.param("today", today)
			.param("organisation", organisation.id())
			.param("type", organisation.type().name())
			.query((rs, n) -> new Covered(rs.getObject("id", UUID.class), rs.getString("kind")))
			.list();
		if (covered.isEmpty()) {
			return lapsedConsent(subject, organisation, today)
				.orElseGet(() -> Access.refused("NO_CONSENT_OR_SAFEGUARDING"));
		}
		var kinds = EnumSet.noneOf(InformationKind.class);
		covered.forEach(c -> kinds.add(InformationKind.ofCode(c.kind())));
		if (school) {
			kinds.retainAll(EnumSet.of(InformationKind.IDENTITY));
			if (kinds.isEmpty()) {
				return Access.refused("SCHOOL_CONSENT_WITHOUT_IDENTITY");
			}
		}
		var consents = new HashSet<String>();
		covered.forEach(c -> consents.add(c.consent().toString()));
		return new Access(true, Basis.CONSENT, String.join(",", consents.stream().sorted().toList()), kinds, pupils,
				false);
	}

	/**
	 * A refusal that names the consent which once covered the organisation and no longer
	 * does: withdrawn (from the moment of withdrawal) or past its review date. The audit
	 * then shows why a view that used to be allowed is refused now.
	 */
	private Optional<Access> lapsedConsent(AccessSubject subject, Organisation organisation, LocalDate today) {
		return jdbc.sql("""
				select c.id, c.withdrawn_at is not null as withdrawn from consent c
				where c.family_id = :family
				  and (c.withdrawn_at is not null or c.review_on < :today)
				  and exists (select 1 from consent_recipient r where r.consent_id = c.id
				              and (r.organisation_id = :organisation or r.organisation_type = :type))
				order by coalesce(c.withdrawn_at, c.recorded_at) desc, c.id limit 1
				""")
			.param("family", subject.familyId())
			.param("today", today)
			.param("organisation", organisation.id())
			.param("type", organisation.type().name())
			.query((rs, n) -> Access.refused(Basis.CONSENT,
					(rs.getBoolean("withdrawn") ? "WITHDRAWN:" : "EXPIRED:") + rs.getObject("id", UUID.class)))
			.optional();
	}

	/**
	 * The localities whose families the signed-in user keeps as a support worker, for
	 * lists and queues of a locality's work; none for anyone else. The same rule as
	 * {@link #decide}.
	 */
	@Transactional(readOnly = true)
	public SupportScope supportScope() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof SignedInUser user)) {
			return SupportScope.NONE;
		}
		return supportScope(roles(authentication), organisations.findById(user.organisationId()).orElse(null));
	}

	private static SupportScope supportScope(Set<Role> roles, Organisation organisation) {
		if (!roles.contains(Role.SUPPORT_WORKER) || organisation == null) {
			return SupportScope.NONE;
		}
		return (organisation.localityId() != null) ? new SupportScope(false, organisation.localityId())
				: new SupportScope(true, null);
	}

	private static Set<Role> roles(Authentication authentication) {
		var held = EnumSet.noneOf(Role.class);
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			for (var role : Role.values()) {
				if (role.authority().equals(authority.getAuthority())) {
					held.add(role);
				}
			}
		}
		return held;
	}

	/**
	 * The localities whose families a support worker keeps: their organisation's
	 * locality, or every locality for an organisation that has none.
	 *
	 * @param all every locality
	 * @param locality the one locality, when not all
	 */
	public record SupportScope(boolean all, UUID locality) {

		static final SupportScope NONE = new SupportScope(false, null);

		public boolean none() {
			return !all && locality == null;
		}

		public boolean covers(UUID localityId) {
			return all || locality != null && locality.equals(localityId);
		}

	}

}
