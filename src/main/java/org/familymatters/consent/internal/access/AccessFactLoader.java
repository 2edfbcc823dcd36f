package org.familymatters.consent.internal.access;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
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
import org.familymatters.shared.security.CurrentUser;

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

	AccessFactLoader(JdbcClient jdbc, Organisations organisations, CurrentUser currentUser) {
		this.jdbc = jdbc;
		this.organisations = organisations;
		this.currentUser = currentUser;
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

	private List<ConsentFact> consents(UUID familyId) {
		return jdbc.sql("""
				select c.id, c.given_on, c.review_on, c.withdrawn_at, c.recorded_at,
				       array(select i.kind from consent_information i where i.consent_id = c.id) as kinds,
				       array(select r.organisation_id from consent_recipient r
				             where r.consent_id = c.id and r.organisation_id is not null) as organisations,
				       array(select r.organisation_type from consent_recipient r
				             where r.consent_id = c.id and r.organisation_type is not null) as types
				from consent c where c.family_id = :family
				""").param("family", familyId).query((rs, n) -> {
			var kinds = EnumSet.noneOf(InformationKind.class);
			kinds.addAll(values(rs.getArray("kinds"), v -> InformationKind.ofCode(v.toString())));
			return new ConsentFact(rs.getObject("id", UUID.class), date(rs, "given_on"), date(rs, "review_on"),
					instant(rs, "withdrawn_at"), instant(rs, "recorded_at"), kinds,
					values(rs.getArray("organisations"), AccessFactLoader::uuid),
					values(rs.getArray("types"), v -> OrganisationType.valueOf(v.toString())));
		}).list();
	}

	private List<ApprovalFact> approvals(UUID familyId) {
		return jdbc.sql("""
				select id, ends_on, decided_at, organisation_ids from safeguarding_request
				where family_id = :family and status = 'approved'
				""")
			.param("family", familyId)
			.query((rs, n) -> new ApprovalFact(rs.getObject("id", UUID.class), date(rs, "ends_on"),
					instant(rs, "decided_at"), values(rs.getArray("organisation_ids"), AccessFactLoader::uuid)))
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
