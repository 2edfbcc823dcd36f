package org.familymatters.identity.internal;

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

/** The list of users administrators browse and search. */
@Service
public class UserSearch {

	private final JdbcClient jdbc;

	UserSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One page of the users whose username, name or organisation contains the search text
	 * (every user when it is null), by username.
	 */
	@Transactional(readOnly = true)
	public Page<Row> find(String search, int page, int size) {
		var where = new ArrayList<String>();
		Map<String, Object> params = new HashMap<>();
		if (search != null && !search.isBlank()) {
			where.add("(u.username ilike :search or u.display_name ilike :search or o.name ilike :search)");
			params.put("search", "%" + likeEscaped(search.strip()) + "%");
		}
		var condition = where.isEmpty() ? "" : " where " + String.join(" and ", where);
		long total = jdbc
			.sql("select count(*) from user_account u join organisation o on o.id = u.organisation_id" + condition)
			.params(params)
			.query(Long.class)
			.single();
		var rows = jdbc.sql("""
				select u.id, u.username, u.display_name, o.name as organisation, u.enabled,
				       (select string_agg(r.role, ',' order by r.role) from user_role r where r.user_id = u.id) as roles
				from user_account u join organisation o on o.id = u.organisation_id
				""" + condition + " order by u.username limit :limit offset :offset")
			.params(params)
			.param("limit", size)
			.param("offset", (long) (Math.max(1, page) - 1) * size)
			.query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getString("username"),
					rs.getString("display_name"), rs.getString("organisation"), roles(rs.getString("roles")),
					rs.getBoolean("enabled")))
			.list();
		return new Page<>(rows, Math.max(1, page), size, total);
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

	/** A user as one row of the list. */
	public record Row(UUID id, String username, String displayName, String organisation, List<Role> roles,
			boolean enabled) {

		public String roleLabels() {
			return roles.stream().map(Role::label).collect(Collectors.joining(", "));
		}

	}

}
