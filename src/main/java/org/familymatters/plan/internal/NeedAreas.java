package org.familymatters.plan.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The need areas, as reference data: twelve to start (the V47 migration); an
 * administrator adds and changes them, and deactivates one rather than deletes it, so
 * that the assessments scored in it keep their meaning.
 */
@Service
public class NeedAreas {

	static final String COLUMNS = "id, code, label, description, outcome, about_children, referral_need_code, position, active, version";

	private final JdbcClient jdbc;

	NeedAreas(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The need areas new assessments use, in position order. */
	@Transactional(readOnly = true)
	public List<NeedArea> active() {
		return jdbc.sql("select " + COLUMNS + " from plan_need_area where active order by position, label")
			.query(NeedAreas::map)
			.list();
	}

	/** Every need area, in position order, inactive ones included. */
	@Transactional(readOnly = true)
	public List<NeedArea> all() {
		return jdbc.sql("select " + COLUMNS + " from plan_need_area order by position, label")
			.query(NeedAreas::map)
			.list();
	}

	/** The need area {@code id}, active or not. */
	@Transactional(readOnly = true)
	public Optional<NeedArea> find(UUID id) {
		if (id == null) {
			return Optional.empty();
		}
		return jdbc.sql("select " + COLUMNS + " from plan_need_area where id = :id")
			.param("id", id)
			.query(NeedAreas::map)
			.optional();
	}

	static NeedArea map(ResultSet rs, int row) throws SQLException {
		return new NeedArea(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("label"),
				rs.getString("description"), HeadlineOutcome.valueOf(rs.getString("outcome")),
				rs.getBoolean("about_children"), rs.getString("referral_need_code"), rs.getInt("position"),
				rs.getBoolean("active"), rs.getLong("version"));
	}

}
