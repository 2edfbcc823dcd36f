package org.familymatters.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.familymatters.identity.Role;
import org.familymatters.shared.web.Page;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The list of users administrators browse and filter, page by page with the count of all
 * that match (no cap), and the counts of their home page.
 */
@Service
public class UserSearch {

	private final JdbcClient jdbc;

	private final Clock clock;

	UserSearch(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * One page of the users the filter matches, by username; a page past the last is
	 * empty, with the total still counted.
	 */
	@Transactional(readOnly = true)
	public Page<Row> find(Filter filter, int page, int size) {
		var where = new ArrayList<String>();
		Map<String, Object> params = new HashMap<>();
		if (filter.text() != null && !filter.text().isBlank()) {
			where.add("(u.username ilike :text or u.display_name ilike :text)");
			params.put("text", "%" + likeEscaped(filter.text().strip()) + "%");
		}
		if (filter.role() != null) {
			where.add("exists (select 1 from user_role r where r.user_id = u.id and r.role = :role)");
			params.put("role", filter.role().name());
		}
		if (filter.organisationId() != null) {
			where.add("u.organisation_id = :organisation");
			params.put("organisation", filter.organisationId());
		}
		if (filter.enabled() != null) {
			where.add("u.enabled = :enabled");
			params.put("enabled", filter.enabled());
		}
		var condition = where.isEmpty() ? "" : " where " + String.join(" and ", where);
		long total = jdbc
			.sql("select count(*) from user_account u join organisation o on o.id = u.organisation_id" + condition)
			.params(params)
			.query(Long.class)
			.single();
		int number = Math.max(1, page);
		var rows = jdbc
			.sql("""
					select u.id, u.username, u.display_name, o.name as organisation, u.enabled,
					       (select string_agg(r.role, ',' order by r.role) from user_role r where r.user_id = u.id) as roles,
					       (select string_agg(g.role, ',' order by g.role) from role_grant_request g
					        where g.user_id = u.id and g.decided_at is null) as waiting
					from user_account u join organisation o on o.id = u.organisation_id
					"""
					+ condition + " order by u.username limit :limit offset :offset")
			.params(params)
			.param("limit", size)
			.param("offset", (long) (number - 1) * size)
			.query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getString("username"),
					rs.getString("display_name"), rs.getString("organisation"), roles(rs.getString("roles")),
					roles(rs.getString("waiting")), rs.getBoolean("enabled")))
			.list();
		return new Page<>(rows, number, size, total);
	}

	/** How many users there are, enabled and disabled, for the home page. */
	@Transactional(readOnly = true)
	public Counts counts() {
		return jdbc.sql("""
				select count(*) filter (where enabled) as enabled, count(*) filter (where not enabled) as disabled
				from user_account
				""").query((rs, n) -> new Counts(rs.getLong("enabled"), rs.getLong("disabled"))).single();
	}

	/**
	 * How many organisations there are, active and no longer active, for the home page
	 * (counted, not read).
	 */
	@Transactional(readOnly = true)
	public Counts organisationCounts() {
		return jdbc.sql("""
				select count(*) filter (where active) as active, count(*) filter (where not active) as inactive
				from organisation
				""").query((rs, n) -> new Counts(rs.getLong("active"), rs.getLong("inactive"))).single();
	}

	/** The users whose signing in is locked now, the lock ending soonest first. */
	@Transactional(readOnly = true)
	public List<Locked> lockedNow() {
		return jdbc.sql("""
				select u.id, u.username, u.display_name, t.locked_until
				from sign_in_throttle t join user_account u on lower(u.username) = t.key
				where t.kind = 'ACCOUNT' and t.locked_until > :now
				order by t.locked_until, u.username
				""")
			.param("now", Timestamp.from(clock.instant()))
			.query((rs, n) -> new Locked(rs.getObject("id", UUID.class), rs.getString("username"),
					rs.getString("display_name"), rs.getTimestamp("locked_until").toInstant()))
			.list();
	}

	/**
	 * The text with the characters {@code like} treats specially (backslash, % and _)
	 * escaped, so that they match themselves.
	 */
	static String likeEscaped(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static List<Role> roles(String joined) {
		return (joined != null) ? Arrays.stream(joined.split(",")).map(Role::valueOf).toList() : List.of();
	}

	/**
	 * What to list; a null part matches everyone.
	 *
	 * @param text part of the username or the name
	 * @param role a role the user holds
	 * @param organisationId the user's organisation
	 * @param enabled whether the user may sign in
	 */
	public record Filter(String text, Role role, UUID organisationId, Boolean enabled) {

		/** Everyone. */
		public static Filter everyone() {
			return new Filter(null, null, null, null);
		}

	}

	/**
	 * A user as one row of the list, with the roles waiting for a second administrator.
	 */
	public record Row(UUID id, String username, String displayName, String organisation, List<Role> roles,
			List<Role> waiting, boolean enabled) {

		public String roleLabels() {
			return labels(roles);
		}

		public String waitingLabels() {
			return labels(waiting);
		}

		private static String labels(List<Role> roles) {
			return roles.stream().map(Role::label).collect(Collectors.joining(", "));
		}

	}

	/**
	 * How many are enabled (users who may sign in, organisations still active), and how
	 * many not.
	 */
	public record Counts(long enabled, long disabled) {
	}

	/** A user whose signing in is locked, and until when. */
	public record Locked(UUID id, String username, String displayName, Instant until) {
	}

}
