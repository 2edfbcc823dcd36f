package org.familymatters.consent.internal.access;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.familymatters.consent.AccessSubject;
import org.familymatters.consent.InformationKind;
import org.familymatters.identity.OrganisationType;
import org.familymatters.identity.Organisations;
import org.familymatters.identity.Role;
import org.familymatters.identity.UserAccounts;
import org.familymatters.shared.privacy.SubjectAccessGrant;
import org.familymatters.shared.privacy.SubjectAccessGrants;
import org.familymatters.shared.security.CurrentUser;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads what the access rule needs, at each request (no cache, so that a withdrawal or an
 * expiry counts at the next request): the signed-in user and their roles, their
 * organisation (through identity's API), and the family's consents and safeguarding
 * approvals, which it reads only when they could change the answer.
 */
@Component
public class AccessFactLoader {

	private final JdbcClient jdbc;

	private final Organisations organisations;

	private final CurrentUser currentUser;

	private final UserAccounts users;

	private final SubjectAccessGrants grants;

	AccessFactLoader(JdbcClient jdbc, Organisations organisations, CurrentUser currentUser, UserAccounts users,
			SubjectAccessGrants grants) {
		this.jdbc = jdbc;
		this.grants = grants;
		this.organisations = organisations;
		this.currentUser = currentUser;
		this.users = users;
	}

	/** Who asks, with their organisation. */
	public Viewer viewer() {
		return currentUser.find()
			.map(user -> new Viewer(user.id(), currentUser.roles(Role.class),
					organisations.findById(user.organisationId())
						.map(o -> new Viewer.Organisation(o.id(), o.type(), o.localityId(), o.active()))
						.orElse(null)))
			.orElse(Viewer.ANONYMOUS);
	}

	/**
	 * Another user, as the rule sees them: their roles (none once their account is
	 * disabled) and their organisation. Nobody when there is no such user.
	 */
	public Viewer viewerOf(UUID userId) {
		return users.findById(userId)
			.map(user -> new Viewer(user.id(), user.enabled() ? user.roles() : Set.of(),
					organisations.findById(user.organisationId())
						.map(o -> new Viewer.Organisation(o.id(), o.type(), o.localityId(), o.active()))
						.orElse(null)))
			.orElse(Viewer.ANONYMOUS);
	}

	/**
	 * The facts for decisions on one family for each of several users: the family's
	 * consents and approvals are read once.
	 */
	public List<AccessFacts> factsFor(Collection<UUID> userIds, AccessSubject subject) {
		var viewers = userIds.stream().distinct().map(this::viewerOf).toList();
		boolean sharing = viewers.stream().anyMatch(viewer -> AccessRule.needsSharing(viewer, subject));
		var consents = sharing ? consents(subject.familyId()) : List.<ConsentFact>of();
		var approvals = sharing ? approvals(subject.familyId()) : List.<ApprovalFact>of();
		return viewers.stream().map(viewer -> new AccessFacts(viewer, subject, consents, approvals)).toList();
	}

	/**
	 * What a subject access (or rectification, or erasure) request lets the data
	 * protection officer read, from the privacy module that keeps the requests (through
	 * the port {@link SubjectAccessGrants}, ADR 0017); null when there is no such
	 * request.
	 */
	public SubjectAccessGrant grant(UUID requestId) {
		return (requestId != null) ? grants.grant(requestId).orElse(null) : null;
	}

	/** Who asks, without their organisation (for rules that do not need it). */
	public Viewer viewerAlone() {
		return currentUser.find()
			.map(user -> new Viewer(user.id(), currentUser.roles(Role.class), null))
			.orElse(Viewer.ANONYMOUS);
	}

	/** The facts for a decision on one family. */
	public AccessFacts facts(AccessSubject subject) {
		var viewer = viewer();
		if (!AccessRule.needsSharing(viewer, subject)) {
			return AccessFacts.withoutSharing(viewer, subject);
		}
		return new AccessFacts(viewer, subject, consents(subject.familyId()), approvals(subject.familyId()));
	}

	/**
	 * The facts for decisions on many families, read once for them all: who asks, and
	 * each family's consents and approvals.
	 */
	public List<AccessFacts> factsOf(Collection<AccessSubject> subjects) {
		var viewer = viewer();
		var asked = subjects.stream()
			.filter(subject -> AccessRule.needsSharing(viewer, subject))
			.map(AccessSubject::familyId)
			.distinct()
			.toList();
		var consents = new HashMap<UUID, List<ConsentFact>>();
		var approvals = new HashMap<UUID, List<ApprovalFact>>();
		if (!asked.isEmpty()) {
			jdbc.sql(CONSENTS + " where c.family_id in (:families)")
				.param("families", asked)
				.query((RowCallbackHandler) rs -> consents
					.computeIfAbsent(rs.getObject("family_id", UUID.class), k -> new ArrayList<>())
					.add(consent(rs)));
			jdbc.sql(APPROVALS + " where family_id in (:families) and status = 'approved'")
				.param("families", asked)
				.query((RowCallbackHandler) rs -> approvals
					.computeIfAbsent(rs.getObject("family_id", UUID.class), k -> new ArrayList<>())
					.add(approval(rs)));
		}
		return subjects.stream()
			.map(subject -> new AccessFacts(viewer, subject, consents.getOrDefault(subject.familyId(), List.of()),
					approvals.getOrDefault(subject.familyId(), List.of())))
			.toList();
	}

	/**
	 * The families whose consent, current on a day, names the organisation or covers its
	 * type, or whose approval in force names it.
	 */
	public Set<UUID> sharedWith(Viewer.Organisation organisation, LocalDate today) {
		return new HashSet<>(jdbc.sql("""
				select c.family_id from consent c
				where c.withdrawn_at is null and c.given_on <= :today and (c.review_on is null or c.review_on >= :today)
				  and exists (select 1 from consent_recipient r where r.consent_id = c.id
				              and (r.organisation_id = :organisation or r.organisation_type = :type))
				union
				select s.family_id from safeguarding_request s
				where s.status = 'approved' and s.ended_at is null and s.ends_on >= :today
				  and :organisation = any(s.organisation_ids)
				""")
			.param("today", today)
			.param("organisation", organisation.id())
			.param("type", organisation.type().name())
			.query(UUID.class)
			.list());
	}

	private static final String CONSENTS = """
			select c.id, c.family_id, c.given_on, c.review_on, c.withdrawn_at, c.recorded_at,
			       array(select i.kind from consent_information i where i.consent_id = c.id) as kinds,
			       array(select r.organisation_id from consent_recipient r
			             where r.consent_id = c.id and r.organisation_id is not null) as organisations,
			       array(select r.organisation_type from consent_recipient r
			             where r.consent_id = c.id and r.organisation_type is not null) as types
			from consent c""";

	private static final String APPROVALS = """
			select id, family_id, ends_on, decided_at, organisation_ids, ended_at from safeguarding_request""";

	private static ConsentFact consent(ResultSet rs) throws SQLException {
		var kinds = EnumSet.noneOf(InformationKind.class);
		kinds.addAll(values(rs.getArray("kinds"), v -> InformationKind.ofCode(v.toString())));
		return new ConsentFact(rs.getObject("id", UUID.class), date(rs, "given_on"), date(rs, "review_on"),
				instant(rs, "withdrawn_at"), instant(rs, "recorded_at"), kinds,
				values(rs.getArray("organisations"), AccessFactLoader::uuid),
				values(rs.getArray("types"), v -> OrganisationType.valueOf(v.toString())));
	}

	private static ApprovalFact approval(ResultSet rs) throws SQLException {
		return new ApprovalFact(rs.getObject("id", UUID.class), date(rs, "ends_on"), instant(rs, "decided_at"),
				values(rs.getArray("organisation_ids"), AccessFactLoader::uuid), instant(rs, "ended_at"));
	}

	private List<ConsentFact> consents(UUID familyId) {
		return jdbc.sql(CONSENTS + " where c.family_id = :family")
			.param("family", familyId)
			.query((rs, n) -> consent(rs))
			.list();
	}

	private List<ApprovalFact> approvals(UUID familyId) {
		return jdbc.sql(APPROVALS + " where family_id = :family and status = 'approved'")
			.param("family", familyId)
			.query((rs, n) -> approval(rs))
			.list();
	}

	private static <T> Set<T> values(Array array, Function<Object, T> each) throws SQLException {
		if (array == null) {
			return Set.of();
		}
		var values = new HashSet<T>();
		Arrays.stream((Object[]) array.getArray()).map(each).forEach(values::add);
		return values;
	}

	private static UUID uuid(Object value) {
		return (value instanceof UUID id) ? id : UUID.fromString(value.toString());
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		var date = rs.getDate(column);
		return (date != null) ? date.toLocalDate() : null;
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		var time = rs.getTimestamp(column);
		return (time != null) ? time.toInstant() : null;
	}

}
