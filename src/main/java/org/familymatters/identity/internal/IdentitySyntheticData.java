package org.familymatters.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;

import org.familymatters.shared.generate.DataSize;
import org.familymatters.shared.generate.GeneratedIds;
import org.familymatters.shared.generate.GenerationProgress;
import org.familymatters.shared.generate.SyntheticData;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The identity module's part of {@code --generate}: {@link DataSize#localities()}
 * generated localities ({@code District 7 (generated)}, in {@code County 2
 * (generated)}), two organisations in each (a family support service, whose support
 * workers see the locality's families, and a primary school), and
 * {@link DataSize#supportWorkers()} support workers {@code gen-support-<k>}, each in the
 * support service of {@link GeneratedIds#localityOfWorker}, enabled, with the demo users'
 * password (hashed once and the hash reused: hashing is made to be slow) and no change of
 * password asked for, as a demo user is.
 */
@Component
class IdentitySyntheticData implements SyntheticData {

	/** Support workers written in one transaction. */
	static final int BATCH = 100_000;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final Passwords passwords;

	private final StartupProperties properties;

	private final Clock clock;

	IdentitySyntheticData(JdbcClient jdbc, PlatformTransactionManager transactions, Passwords passwords,
			StartupProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.passwords = passwords;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public String describe() {
		return "localities, organisations and support workers";
	}

	@Override
	public long rows(DataSize size) {
		return 3L * size.localities() + 2L * size.supportWorkers();
	}

	@Override
	public void generate(DataSize size, GenerationProgress progress) {
		if (!exists("locality", GeneratedIds.locality(size.localities()).toString())) {
			transaction.executeWithoutResult(status -> localities(size));
			progress.advance(3L * size.localities());
		}
		else {
			progress.skip(3L * size.localities());
		}
		String hash = null;
		for (long from = 1; from <= size.supportWorkers(); from += BATCH) {
			long to = Math.min(size.supportWorkers(), from + BATCH - 1);
			if (!exists("user_account", GeneratedIds.supportWorker(to).toString())) {
				if (hash == null) {
					hash = passwords.hash(properties.demo().password());
				}
				var passwordHash = hash;
				long first = from;
				transaction.executeWithoutResult(status -> supportWorkers(size, first, to, passwordHash));
				progress.advance(2 * (to - from + 1));
			}
			else {
				progress.skip(2 * (to - from + 1));
			}
		}
	}

	private boolean exists(String table, String id) {
		return jdbc.sql("select count(*) from " + table + " where id = cast(:id as uuid)")
			.param("id", id)
			.query(Long.class)
			.single() > 0;
	}

	private void localities(DataSize size) {
		int counties = Math.max(1, size.localities() / 5);
		jdbc.sql("""
				insert into locality (id, name, county)
				select %s, 'District ' || l || ' (generated)', 'County ' || (1 + (l - 1) %% %d) || ' (generated)'
				from generate_series(1, %d) l
				on conflict do nothing
				""".formatted(GeneratedIds.sql(GeneratedIds.LOCALITY, "l"), counties, size.localities())).update();
		jdbc.sql("""
				insert into organisation (id, name, type, sector, locality_id)
				select %s, 'Family support, district ' || l || ' (generated)', 'VOLUNTARY', 'VOLUNTARY', %s
				from generate_series(1, %d) l
				union all
				select %s, 'Primary school, district ' || l || ' (generated)', 'SCHOOL', 'STATUTORY', %s
				from generate_series(1, %d) l
				on conflict do nothing
				""".formatted(GeneratedIds.sql(GeneratedIds.ORGANISATION, "2 * l - 1"),
				GeneratedIds.sql(GeneratedIds.LOCALITY, "l"), size.localities(),
				GeneratedIds.sql(GeneratedIds.ORGANISATION, "2 * l"), GeneratedIds.sql(GeneratedIds.LOCALITY, "l"),
				size.localities()))
			.update();
	}

	private void supportWorkers(DataSize size, long from, long to, String passwordHash) {
		var organisation = GeneratedIds.sql(GeneratedIds.ORGANISATION,
				"2 * " + GeneratedIds.localityOfWorkerSql(size, "k") + " - 1");
		jdbc.sql("""
				insert into user_account (id, username, display_name, organisation_id, password_hash, enabled,
				                          must_change_password, created_at)
				select %s, 'gen-support-' || k, 'Support worker ' || k || ' (generated)', %s, :hash, true, false,
				       cast(:now as timestamptz) - (k %% 3650) * interval '1 day'
				from generate_series(:from, :to) k
				on conflict do nothing
				""".formatted(GeneratedIds.sql(GeneratedIds.SUPPORT_WORKER, "k"), organisation))
			.param("hash", passwordHash)
			.param("now", Timestamp.from(clock.instant()))
			.param("from", from)
			.param("to", to)
			.update();
		jdbc.sql("""
				insert into user_role (user_id, role)
				select %s, 'SUPPORT_WORKER' from generate_series(:from, :to) k
				on conflict do nothing
				""".formatted(GeneratedIds.sql(GeneratedIds.SUPPORT_WORKER, "k")))
			.param("from", from)
			.param("to", to)
			.update();
	}

}
