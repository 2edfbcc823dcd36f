package org.familymatters.privacy.internal;

import org.familymatters.shared.privacy.RetentionKind;
import org.familymatters.shared.privacy.RetentionSchedule;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The retention periods administrators set ({@code privacy_retention_setting}); a kind
 * without a setting keeps its default.
 */
@Service
public class RetentionSettings implements RetentionSchedule {

	private final JdbcClient jdbc;

	RetentionSettings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public int months(RetentionKind kind) {
		return jdbc.sql("select months from privacy_retention_setting where kind = :kind")
			.param("kind", kind.name())
			.query(Integer.class)
			.optional()
			.orElse(kind.defaultMonths());
	}

}
