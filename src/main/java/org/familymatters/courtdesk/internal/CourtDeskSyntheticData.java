package org.familymatters.courtdesk.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;

import org.familymatters.directory.Taxonomies;
import org.familymatters.shared.generate.DataSize;
import org.familymatters.shared.generate.GenerationProgress;
import org.familymatters.shared.generate.SyntheticData;
import org.familymatters.shared.time.ServiceTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The court desks' part of {@code --generate}: a morning-to-afternoon session at every
 * active court on every weekday of the last ten years, and
 * {@link DataSize#courtDeskContacts()} contacts spread evenly over those sessions, each
 * recorded by one of the volunteers (every user with the volunteer role, the demo
 * volunteer among them), with outcomes, sentences, children and concerns in the
 * proportions {@link CourtDeskSyntheticRules} gives. Nobody agreed to be contacted, so no
 * personal data and no referral is made. References are {@code CD-G} and seven digits,
 * apart from the desk's own {@code CD-} and six. Set-based, in batches of {@value #BATCH}
 * contacts, each in one transaction; a batch whose last contact is there is skipped.
 * Nothing when there is no court or no volunteer.
 */
@Component
class CourtDeskSyntheticData implements SyntheticData {

	static final int BATCH = 250_000;

	static final int YEARS = 10;

	/**
	 * Generated court desk records: {@code 00000000-0050-4000-80TT-<n>}, TT the table.
	 */
	static final String PREFIX = "00000000-0050-4000-80";

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Taxonomies taxonomies;

	private final Clock clock;

	CourtDeskSyntheticData(JdbcClient jdbc, TransactionTemplate transactions, Taxonomies taxonomies, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.taxonomies = taxonomies;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 50;
	}

	@Override
	public String describe() {
		return "court desk sessions and contacts";
	}

	@Override
	public long rows(DataSize size) {
		return 2 * size.courtDeskContacts() + 3L * weekdays(firstMonday());
	}

	/**
	 * The SQL for the identifier of generated record {@code column} of a table: 01
	 * session, 02 contact, 03 idempotency key.
	 */
	static String id(int table, String column) {
		return "('" + PREFIX + "%02x-' || lpad(to_hex(%s), 12, '0'))::uuid".formatted(table, column);
	}

	static UUID id(int table, long n) {
		return UUID.fromString(PREFIX + "%02x-%012x".formatted(table, n));
	}

	@Override
	public void generate(DataSize size, GenerationProgress progress) {
		var courts = jdbc.sql("select id from court where not archived order by name, id").query(UUID.class).list();
		var volunteers = jdbc.sql("select id from identity_user where 'VOLUNTEER' = any(roles) order by username")
			.query(UUID.class)
			.list();
		var terms = taxonomies.allTerms().stream().map(t -> t.id().toString()).sorted().toArray(String[]::new);
		if (courts.isEmpty() || volunteers.isEmpty() || terms.length == 0) {
			return;
		}
		var monday = firstMonday();
		int days = weekdays(monday);
		long sessions = (long) courts.size() * days;
		var courtIds = courts.stream().map(UUID::toString).toArray(String[]::new);
		var volunteerIds = volunteers.stream().map(UUID::toString).toArray(String[]::new);
		if (!exists("court_desk_session", id(1, sessions))) {
			transactions.executeWithoutResult(status -> progress.advance(jdbc.sql("""
					insert into court_desk_session (id, court_id, session_date, starts_at, ends_at, volunteers_needed,
					                                notes)
					select %s, (cast(:courts as uuid[]))[1 + c], cast(:monday as date) + (k / 5) * 7 + k %% 5,
					       time '09:30', time '16:30', 2, 'Generated session (synthetic data)'
					from generate_series(0, :courtCount - 1) c, generate_series(0, :days - 1) k
					on conflict do nothing
					""".formatted(id(1, "1 + c * :days + k")))
				.param("courts", courtIds)
				.param("monday", monday)
				.param("courtCount", courts.size())
				.param("days", days)
				.update()));
		}
		long contacts = size.courtDeskContacts();
		for (long from = 1; from <= contacts; from += BATCH) {
			long to = Math.min(contacts, from + BATCH - 1);
			long first = from;
			if (exists("court_desk_contact", id(2, to))) {
				continue;
			}
			transactions.executeWithoutResult(status -> progress
				.advance(contacts(first, to, contacts, courtIds, volunteerIds, terms, monday, days)));
		}
		jdbc.sql("analyze court_desk_contact").update();
		jdbc.sql("analyze court_desk_contact_concern").update();
	}

	/** The Monday ten years before this week's. */
	LocalDate firstMonday() {
		return LocalDate.ofInstant(clock.instant(), ServiceTime.ZONE)
			.minusYears(YEARS)
			.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	/** Weekdays from that Monday to last week's Friday. */
	int weekdays(LocalDate monday) {
		var thisMonday = LocalDate.ofInstant(clock.instant(), ServiceTime.ZONE)
			.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		return (int) (java.time.temporal.ChronoUnit.WEEKS.between(monday, thisMonday) * 5);
	}

	private boolean exists(String table, UUID id) {
		return jdbc.sql("select exists (select 1 from " + table + " where id = :id)")
			.param("id", id)
			.query(Boolean.class)
			.single();
	}

	private long contacts(long from, long to, long contacts, String[] courts, String[] volunteers, String[] terms,
			LocalDate monday, int days) {
		long rows = jdbc
			.sql("""
					with c as (
					    select n, %s as h, cast(n %% :courtCount as integer) as court,
					           cast((n - 1) * :days / :contacts as integer) as k
					    from generate_series(cast(:from as bigint), :to) n)
					insert into court_desk_contact (id, idempotency_key, recorded_by, court_id, session_id, occurred_at,
					    recorded_at, relationship, outcome, sentence_band, first_time_in_custody, children_count,
					    children_under_5, children_5_to_11, children_12_to_17, leaflets, emotional_support,
					    agrees_to_contact, reference)
					select %s, %s, (cast(:volunteers as uuid[]))[1 + (n / 7) %% :volunteerCount],
					       (cast(:courts as uuid[]))[1 + court], %s,
					       ((cast(:monday as date) + (k / 5) * 7 + k %% 5) + time '09:45' + (h %% 390) * interval '1 minute')
					         at time zone 'Europe/London',
					       ((cast(:monday as date) + (k / 5) * 7 + k %% 5) + time '09:50' + (h %% 390) * interval '1 minute')
					         at time zone 'Europe/London',
					       %s, o.outcome,
					       case when o.outcome in ('immediate_custody', 'suspended_sentence') then %s end,
					       case when o.outcome in ('immediate_custody', 'remand') then %s end,
					       ch.children, least(ch.children, h / 7 %% 2), least(ch.children - least(ch.children, h / 7 %% 2), 1),
					       0, %s, h %% 3 = 0, false, 'CD-G' || lpad(cast(n as text), 7, '0')
					from c, lateral (select %s as outcome) o, lateral (select %s as children) ch
					"""
				.formatted(CourtDeskSyntheticRules.HASH, id(2, "n"), id(3, "n"), id(1, "1 + court * :days + k"),
						CourtDeskSyntheticRules.RELATIONSHIP, CourtDeskSyntheticRules.SENTENCE_BAND,
						CourtDeskSyntheticRules.FIRST_TIME, CourtDeskSyntheticRules.LEAFLETS,
						CourtDeskSyntheticRules.OUTCOME, CourtDeskSyntheticRules.CHILDREN))
			.param("from", from)
			.param("to", to)
			.param("courts", courts)
			.param("courtCount", courts.length)
			.param("volunteers", volunteers)
			.param("volunteerCount", volunteers.length)
			.param("monday", monday)
			.param("days", days)
			.param("contacts", contacts)
			.update();
		rows += jdbc.sql("""
				insert into court_desk_contact_concern (contact_id, term_id)
				select %s, (cast(:terms as uuid[]))[1 + (%s / 11) %% :termCount]
				from generate_series(cast(:from as bigint), :to) n
				""".formatted(id(2, "n"), CourtDeskSyntheticRules.HASH))
			.param("from", from)
			.param("to", to)
			.param("terms", terms)
			.param("termCount", terms.length)
			.update();
		return rows;
	}

}
