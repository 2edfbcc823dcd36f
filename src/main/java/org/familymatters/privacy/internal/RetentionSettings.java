package org.familymatters.privacy.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.identity.Role;
import org.familymatters.shared.StaleSave;
import org.familymatters.shared.privacy.RetentionKind;
import org.familymatters.shared.privacy.RetentionSchedule;
import org.familymatters.shared.security.CurrentUser;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The retention periods administrators set ({@code privacy_retention_setting}); a kind
 * without a setting keeps its default. A period is set only within its kind's minimum and
 * maximum (ADR 0016), from the version the administrator saw, and audited with the period
 * before and after.
 */
@Service
public class RetentionSettings implements RetentionSchedule {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final CurrentUser currentUser;

	private final Clock clock;

	RetentionSettings(JdbcClient jdbc, AuditTrail audit, CurrentUser currentUser, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	@Override
	public int months(RetentionKind kind) {
		return jdbc.sql("select months from privacy_retention_setting where kind = :kind")
			.param("kind", kind.name())
			.query(Integer.class)
			.optional()
			.orElse(kind.defaultMonths());
	}

	/** Every kind with the period in force, in the schedule's order. */
	@Transactional(readOnly = true)
	public List<Setting> schedule() {
		var set = new HashMap<String, Setting>();
		jdbc.sql("""
				select s.kind, s.months, s.version, s.changed_at, u.display_name
				from privacy_retention_setting s left join identity_user u on u.id = s.changed_by
				""").query((RowCallbackHandler) rs -> {
			var kind = kindOf(rs.getString("kind"));
			if (kind != null) {
				set.put(kind.name(), new Setting(kind, rs.getInt("months"), rs.getLong("version"),
						rs.getObject("changed_at", OffsetDateTime.class).toInstant(), rs.getString("display_name")));
			}
		});
		return Arrays.stream(RetentionKind.values())
			.map(k -> set.getOrDefault(k.name(), new Setting(k, k.defaultMonths(), 0, null, null)))
			.toList();
	}

	/** The period in force for one kind, with its version. */
	@Transactional(readOnly = true)
	public Setting setting(RetentionKind kind) {
		return schedule().stream().filter(s -> s.kind() == kind).findFirst().orElseThrow();
	}

	/**
	 * Sets a kind's period, from the version the administrator saw (0 for a kind never
	 * set). Refused with {@link OutsideLimits} below the kind's minimum or above its
	 * maximum, and with {@link StaleSave} when someone else set it since. Audited as
	 * {@code RETENTION_PERIOD_CHANGED} with the period before and after.
	 */
	@Transactional
	public void change(RetentionKind kind, int months, long seenVersion) {
		if (!kind.allows(months)) {
			throw new OutsideLimits(kind, months);
		}
		var before = setting(kind);
		var user = currentUser.get();
		int changed = jdbc.sql("""
				insert into privacy_retention_setting (kind, months, changed_by, changed_at, version)
				values (:kind, :months, :user, :now, 1)
				on conflict (kind) do update set months = excluded.months, changed_by = excluded.changed_by,
				    changed_at = excluded.changed_at, version = privacy_retention_setting.version + 1
				where privacy_retention_setting.version = :version
				""")
			.param("kind", kind.name())
			.param("months", months)
			.param("user", user.id())
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.param("version", seenVersion)
			.update();
		if (changed != 1 || before.version() != seenVersion) {
			throw new StaleSave("retention setting", kind.name());
		}
		audit.record(AuditEntry
			.allowed(PrivacyAudit.RETENTION_PERIOD_CHANGED, "retention_setting", kind.name(), Basis.ROLE,
					Role.ADMINISTRATOR.name())
			.withDetail(kind.name() + ": " + before.months() + " months before, " + months + " months after"));
	}

	private static RetentionKind kindOf(String name) {
		return Arrays.stream(RetentionKind.values()).filter(k -> k.name().equals(name)).findFirst().orElse(null);
	}

	/**
	 * A kind's period in force.
	 *
	 * @param kind the kind of record
	 * @param months the period in force
	 * @param version the setting's version (0 when never set)
	 * @param changedAt when an administrator last set it; null for the default
	 * @param changedBy who did; null for the default
	 */
	public record Setting(RetentionKind kind, int months, long version, Instant changedAt, String changedBy) {

		public boolean isDefault() {
			return changedAt == null;
		}

	}

	/** A period outside the kind's limits. */
	public static class OutsideLimits extends IllegalArgumentException {

		private static final long serialVersionUID = 1L;

		OutsideLimits(RetentionKind kind, int months) {
			super(months + " months is outside " + kind.minimumMonths() + " to " + kind.maximumMonths() + " for "
					+ kind.name());
		}

	}

}
