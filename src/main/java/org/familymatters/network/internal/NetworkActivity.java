package org.familymatters.network.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.plan.PlanActions;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The networks' activity for managers, per network and quarter (of the meeting's day in
 * the United Kingdom): meetings held (started, not cancelled), families raised by name
 * and anonymised (as the raising member could see them), and actions agreed and done
 * (their status from the support plans). Counts only, no family; a count from 1 to 4 is
 * shown as "fewer than 5" wherever it is shown or leaves the service
 * ({@link #count(long)}).
 */
@Service
public class NetworkActivity {

	/** The smallest count shown as a number. */
	public static final int THRESHOLD = 5;

	/** What a count from 1 to 4 says instead of its number. */
	public static final String FEWER_THAN = "fewer than 5";

	private final JdbcClient jdbc;

	private final PlanActions plans;

	private final AuditTrail audit;

	private final Clock clock;

	NetworkActivity(JdbcClient jdbc, PlanActions plans, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.plans = plans;
		this.audit = audit;
		this.clock = clock;
	}

	/** A count as shown: its number, or "fewer than 5" from 1 to 4 (0 stays 0). */
	public static String count(long count) {
		if (count < 0) {
			throw new IllegalArgumentException("A count is never negative: " + count);
		}
		return (count > 0 && count < THRESHOLD) ? FEWER_THAN : Long.toString(count);
	}

	/**
	 * Each network's activity per quarter, newest quarter first, networks by name;
	 * audited as {@code action} (viewed or exported).
	 */
	@Transactional
	public List<Row> rows(NetworkAudit action) {
		var rows = new LinkedHashMap<String, Counts>();
		jdbc.sql("""
				select n.id, n.name, l.name as locality,
				       to_char(m.starts_at at time zone 'Europe/London', 'YYYY "Q"Q') as quarter,
				       count(distinct m.id) as meetings,
				       count(i.id) filter (where i.kind = 'family' and i.raised_named) as named,
				       count(i.id) filter (where i.kind = 'family' and not i.raised_named) as anonymous
				from network n join identity_locality l on l.id = n.locality_id
				join network_meeting m on m.network_id = n.id and m.status = 'scheduled' and m.starts_at <= :now
				left join network_agenda_item i on i.meeting_id = m.id
				group by n.id, n.name, l.name, quarter
				""")
			.param("now", Timestamp.from(clock.instant()))
			.query((RowCallbackHandler) rs -> rows.put(key(rs.getObject("id", UUID.class), rs.getString("quarter")),
					new Counts(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("locality"),
							rs.getString("quarter"), rs.getLong("meetings"), rs.getLong("named"),
							rs.getLong("anonymous"))));
		var agreed = new HashMap<String, List<UUID>>();
		jdbc.sql("""
				select m.network_id, to_char(m.starts_at at time zone 'Europe/London', 'YYYY "Q"Q') as quarter,
				       a.plan_action_id
				from network_agreed_action a join network_agenda_item i on i.id = a.item_id
				join network_meeting m on m.id = i.meeting_id and m.status = 'scheduled' and m.starts_at <= :now
				""")
			.param("now", Timestamp.from(clock.instant()))
			.query((RowCallbackHandler) rs -> agreed
				.computeIfAbsent(key(rs.getObject("network_id", UUID.class), rs.getString("quarter")),
						k -> new ArrayList<>())
				.add(rs.getObject("plan_action_id", UUID.class)));
		var statuses = plans.actions(agreed.values().stream().flatMap(List::stream).toList());
		var result = rows.entrySet().stream().map(e -> {
			var ids = agreed.getOrDefault(e.getKey(), List.of());
			long done = ids.stream().map(statuses::get).filter(a -> a != null && a.done()).count();
			var c = e.getValue();
			return new Row(c.networkId(), c.network(), c.locality(), c.quarter(), c.meetings(), c.named(),
					c.anonymous(), ids.size(), done);
		})
			.sorted(java.util.Comparator.comparing(Row::quarter)
				.reversed()
				.thenComparing(Row::network, String.CASE_INSENSITIVE_ORDER))
			.toList();
		audit.record(AuditEntry.allowed(action, "network", "all", Basis.ROLE, "MANAGER")
			.withDetail(result.size() + " rows, counts from 1 to 4 shown as fewer than 5"));
		return result;
	}

	private static String key(UUID network, String quarter) {
		return network + "/" + quarter;
	}

	private record Counts(UUID networkId, String network, String locality, String quarter, long meetings, long named,
			long anonymous) {
	}

	/**
	 * A network's activity in a quarter. Show each count through {@link #count(long)}.
	 *
	 * @param quarter the quarter, like "2026 Q1"
	 * @param meetings meetings held
	 * @param named families raised by a member who could see them by name
	 * @param anonymous families raised by a member who could not
	 * @param agreed actions agreed for families
	 * @param done of those, done
	 */
	public record Row(UUID networkId, String network, String locality, String quarter, long meetings, long named,
			long anonymous, long agreed, long done) {

		public Map<String, String> shown() {
			var shown = new LinkedHashMap<String, String>();
			shown.put("Meetings held", count(meetings));
			shown.put("Families raised by name", count(named));
			shown.put("Families raised anonymised", count(anonymous));
			shown.put("Actions agreed", count(agreed));
			shown.put("Actions done", count(done));
			return shown;
		}

	}

}
