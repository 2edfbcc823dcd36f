package org.familymatters.identity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.familymatters.shared.web.Page;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/** The list of users administrators browse. */
@Service
public class UserListing {

	private final JdbcClient jdbc;

	UserListing(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Page<Row> find(String search, int page, int size) {
		var where = new ArrayList<String>();
		Map<String, Object> params = new HashMap<>();
		if (StringUtils.hasText(search)) {
			where.add("(u.username ilike :search or u.display_name ilike :search or o.name ilike :search)");
			params.put("search",
					"%" + search.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
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

	/** Everyone holding a role, enabled or not, by display name. */
	@Transactional(readOnly = true)
	public List<Holder> holding(Role role) {
		return jdbc.sql("""
				select u.id, u.username, u.display_name, u.email, u.enabled
				from user_account u join user_role r on r.user_id = u.id
				where r.role = :role
				order by lower(u.display_name), u.username
				""")
			.param("role", role.name())
			.query((rs, n) -> new Holder(rs.getObject("id", UUID.class), rs.getString("username"),
					rs.getString("display_name"), rs.getString("email"), rs.getBoolean("enabled")))
			.list();
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

	/**
	 * A user who holds a role, as other modules see them: no organisation, no other
	 * roles.
	 */
	public record Holder(UUID id, String username, String displayName, String email, boolean enabled) {
	}

}
