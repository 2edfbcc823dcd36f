package org.familymatters.consent.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.familymatters.shared.generate.DataSize;
import org.familymatters.shared.generate.GeneratedIds;
import org.familymatters.shared.generate.GenerationProgress;
import org.familymatters.shared.generate.SyntheticData;
import org.familymatters.shared.time.ServiceTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Consent's part of {@code --generate}: every generated family's carer
 * ({@code person(3n-1)}) gave consent on a signed form the day the family started with
 * us, recorded by the key worker, to share who they are and what they need with the
 * children's schools, reviewed every year (its next review is the coming anniversary, so
 * about one family in twelve has a review due within the month); in one family in ten
 * (all closed ones) it was withdrawn the day the family closed. Set-based, in batches of
 * {@value #BATCH} families, each in one transaction; a batch whose last consent is there
 * is skipped. The family part (order 30) must have run: the consents refer to its
 * families and people.
 */
@Component
class ConsentSyntheticData implements SyntheticData {

	static final int BATCH = 250_000;

	/** Rows a family brings: the consent, two kinds of information, one recipient. */
	static final int ROWS_PER_FAMILY = 4;

	/** Generated consents: {@code 00000000-0035-4000-8001-<n>}, n the family's number. */
	static final String PREFIX = "00000000-0035-4000-8001-";

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	ConsentSyntheticData(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 35;
	}

	@Override
	public String describe() {
		return "consents";
	}

	@Override
	public long rows(DataSize size) {
		return (long) ROWS_PER_FAMILY * size.families();
	}

	static UUID consent(long n) {
		return UUID.fromString(PREFIX + "%012x".formatted(n));
	}

	@Override
	public void generate(DataSize size, GenerationProgress progress) {
		var today = LocalDate.ofInstant(clock.instant(), ServiceTime.ZONE);
		for (long from = 1; from <= size.families(); from += BATCH) {
			long to = Math.min(size.families(), from + BATCH - 1);
			long first = from;
			if (jdbc.sql("select exists (select 1 from consent where id = :id)")
				.param("id", consent(to))
				.query(Boolean.class)
				.single()) {
				continue;
			}
			transactions.executeWithoutResult(status -> progress.advance(consents(size, first, to, today)));
		}
		jdbc.sql("analyze consent").update();
	}

	private long consents(DataSize size, long from, long to, LocalDate today) {
		var worker = GeneratedIds.sql(GeneratedIds.SUPPORT_WORKER, GeneratedIds.keyWorkerOfSql(size, "n"));
		long rows = jdbc
			.sql("""
					insert into consent (id, family_id, giver_id, method, given_on, purpose, review_on, withdrawn_at,
					                     withdrawn_by, withdrawal_note, recorded_by, recorded_at)
					select %s, %s, %s, 'signed_form', cast(:today as date) - %s,
					       'To share what the family needs with the children''s schools, so that they can support them (generated).',
					       cast(:today as date) - %s + 365 * ((%s) / 365 + 1),
					       case when n %% 10 = 8 then (cast(:today as date) - %s + time '16:00') at time zone 'Europe/London' end,
					       case when n %% 10 = 8 then %s end,
					       case when n %% 10 = 8 then 'Withdrawn when the family closed (generated).' end,
					       %s, (cast(:today as date) - %s + time '12:00') at time zone 'Europe/London'
					from generate_series(cast(:from as bigint), :to) n
					"""
				.formatted(GeneratedIds.sql(PREFIX, "n"), GeneratedIds.sql(GeneratedIds.FAMILY, "n"),
						GeneratedIds.sql(GeneratedIds.PERSON, "3 * n - 1"), GeneratedIds.startedDaysAgoSql("n"),
						GeneratedIds.startedDaysAgoSql("n"), GeneratedIds.startedDaysAgoSql("n"),
						GeneratedIds.endedDaysAgoSql("n"), worker, worker, GeneratedIds.startedDaysAgoSql("n")))
			.param("today", today)
			.param("from", from)
			.param("to", to)
			.update();
		rows += jdbc.sql("""
				insert into consent_information (consent_id, kind)
				select %s, kind from generate_series(cast(:from as bigint), :to) n,
				     unnest(array['identity', 'needs']) kind
				""".formatted(GeneratedIds.sql(PREFIX, "n"))).param("from", from).param("to", to).update();
		rows += jdbc.sql("""
				insert into consent_recipient (consent_id, organisation_type)
				select %s, 'SCHOOL' from generate_series(cast(:from as bigint), :to) n
				""".formatted(GeneratedIds.sql(PREFIX, "n"))).param("from", from).param("to", to).update();
		return rows;
	}

}
