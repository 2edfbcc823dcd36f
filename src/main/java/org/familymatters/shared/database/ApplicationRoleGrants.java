package org.familymatters.shared.database;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * After every migration, the owner (Flyway's connection) gives the
 * {@link ApplicationRole} the rights it needs: to read and change every table and use
 * every sequence, the same on tables later migrations create (default privileges), but
 * never to change the migrations' history; then each module's
 * {@link ApplicationRoleRestriction} takes back what it must (ADR 0019). Runs at every
 * start, so a database made before the role existed is brought up to date.
 */
@Component
class ApplicationRoleGrants implements Callback {

	private static final Logger log = LoggerFactory.getLogger(ApplicationRoleGrants.class);

	private final ApplicationRole role;

	private final List<ApplicationRoleRestriction> restrictions;

	ApplicationRoleGrants(ApplicationRole role, List<ApplicationRoleRestriction> restrictions) {
		this.role = role;
		this.restrictions = restrictions;
	}

	@Override
	public boolean supports(Event event, Context context) {
		return event == Event.AFTER_MIGRATE;
	}

	@Override
	public boolean canHandleInTransaction(Event event, Context context) {
		return true;
	}

	@Override
	public void handle(Event event, Context context) {
		if (!role.separate()) {
			log.warn("The service connects to its database as the role that owns the tables: the audit trail is "
					+ "protected by its trigger only, which the owner can turn off (docs/audit-chain.md)");
			return;
		}
		try (var statement = context.getConnection().createStatement()) {
			for (var sql : statements()) {
				statement.execute(sql);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not give the database role " + role.name() + " its rights", ex);
		}
		log.info("The service's connections use the database role {}: they may only add to the audit trail",
				role.name());
	}

	/** The grants, then each module's restrictions, in the order they are run. */
	List<String> statements() {
		var to = role.quoted();
		var statements = new ArrayList<>(List.of("grant usage on schema public to " + to,
				"grant select, insert, update, delete on all tables in schema public to " + to,
				"grant usage, select, update on all sequences in schema public to " + to,
				"alter default privileges in schema public grant select, insert, update, delete on tables to " + to,
				"alter default privileges in schema public grant usage, select, update on sequences to " + to,
				"revoke insert, update, delete, truncate on flyway_schema_history from " + to));
		restrictions.forEach(restriction -> statements.addAll(restriction.statements(to)));
		return statements;
	}

	@Override
	public String getCallbackName() {
		return "familymatters-application-role";
	}

}
