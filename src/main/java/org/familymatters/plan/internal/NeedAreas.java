package org.familymatters.plan.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The need areas, as assessments and goals use them. */
@Service
public class NeedAreas {

	private final JdbcClient jdbc;

	NeedAreas(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The areas assessed now, in their order. */
	@Transactional(readOnly = true)
	public List<NeedArea> active() {
		return all().values().stream().filter(NeedArea::active).toList();
	}

	/**
	 * Every area, active or not, by id, in their order: for showing what was recorded.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, NeedArea> all() {
		var areas = new LinkedHashMap<UUID, NeedArea>();
		jdbc.sql("""
				select id, code, label, description, outcome, about_children, referral_need_code, position, active
				from plan_need_area order by position, lower(label)
				""")
			.query((rs, n) -> new NeedArea(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("label"),
					rs.getString("description"), HeadlineOutcome.valueOf(rs.getString("outcome")),
					rs.getBoolean("about_children"), rs.getString("referral_need_code"), rs.getInt("position"),
					rs.getBoolean("active")))
			.list()
			.forEach(area -> areas.put(area.id(), area));
		return areas;
	}

}
