package org.familymatters.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users as other modules see them: who they are and how to reach them, never their
 * password or other roles.
 */
@Service
public class UserListing {

	private final JdbcClient jdbc;

	UserListing(JdbcClient jdbc) {
		this.jdbc = jdbc;
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

	/** One user, enabled or not, by id: their name and email address. */
	@Transactional(readOnly = true)
	public Optional<Holder> user(UUID id) {
		return jdbc.sql("select id, username, display_name, email, enabled from user_account where id = :id")
			.param("id", id)
			.query((rs, n) -> new Holder(rs.getObject("id", UUID.class), rs.getString("username"),
					rs.getString("display_name"), rs.getString("email"), rs.getBoolean("enabled")))
			.optional();
	}

	/**
	 * A user as other modules see them: no organisation, no roles, no password.
	 */
	public record Holder(UUID id, String username, String displayName, String email, boolean enabled) {
	}

}
