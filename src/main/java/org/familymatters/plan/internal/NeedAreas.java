package org.familymatters.plan.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.shared.StaleSave;
import org.familymatters.shared.web.NotFound;

import org.springframework.dao.DuplicateKeyException;
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

	/** The longest code made from a label. */
	static final int CODE_MAX = 63;

	private static final String RECORD = "need_area";

	private static final String AS_ADMINISTRATOR = "ADMINISTRATOR";

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	NeedAreas(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
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

	/**
	 * Every need area by its id, inactive ones included (to name the areas of older
	 * records).
	 */
	@Transactional(readOnly = true)
	public Map<UUID, NeedArea> byId() {
		var byId = new LinkedHashMap<UUID, NeedArea>();
		all().forEach(area -> byId.put(area.id(), area));
		return byId;
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

	/**
	 * Adds a need area at the end of the list, active, its code made from its label; the
	 * label must differ from every other need area's, whatever the case.
	 */
	@Transactional
	public NeedArea add(Values values) {
		requireUniqueLabel(values.label(), null);
		var id = UUID.randomUUID();
		try {
			jdbc.sql("""
					insert into plan_need_area (id, code, label, description, outcome, about_children,
					                            referral_need_code, position)
					values (:id, :code, :label, :description, :outcome, :aboutChildren, :referralNeedCode,
					        (select coalesce(max(position), 0) + 1 from plan_need_area))
					""")
				.param("id", id)
				.param("code", freeCode(codeOf(values.label())))
				.param("label", values.label())
				.param("description", values.description())
				.param("outcome", values.outcome().name())
				.param("aboutChildren", values.aboutChildren())
				.param("referralNeedCode", values.referralNeedCode())
				.update();
		}
		catch (DuplicateKeyException ex) {
			// Another administrator added the same label (or code) meanwhile.
			throw new LabelTaken();
		}
		audit.record(AuditEntry.allowed(PlanAudit.NEED_AREA_ADDED, RECORD, id, Basis.ROLE, AS_ADMINISTRATOR)
			.withDetail(values.label()));
		return find(id).orElseThrow();
	}

	/**
	 * Changes a need area as of the version the administrator saw; its code stays, so
	 * that what was recorded with it keeps its meaning.
	 */
	@Transactional
	public NeedArea change(UUID id, long version, Values values, boolean active) {
		find(id).orElseThrow(() -> new NotFound(RECORD, id));
		requireUniqueLabel(values.label(), id);
		int changed;
		try {
			changed = jdbc.sql("""
					update plan_need_area set label = :label, description = :description, outcome = :outcome,
					       about_children = :aboutChildren, referral_need_code = :referralNeedCode, active = :active,
					       version = version + 1
					where id = :id and version = :version
					""")
				.param("id", id)
				.param("version", version)
				.param("label", values.label())
				.param("description", values.description())
				.param("outcome", values.outcome().name())
				.param("aboutChildren", values.aboutChildren())
				.param("referralNeedCode", values.referralNeedCode())
				.param("active", active)
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new LabelTaken();
		}
		if (changed == 0) {
			throw new StaleSave(RECORD, id);
		}
		audit.record(AuditEntry.allowed(PlanAudit.NEED_AREA_CHANGED, RECORD, id, Basis.ROLE, AS_ADMINISTRATOR)
			.withDetail(values.label() + (active ? "" : ", inactive")));
		return find(id).orElseThrow();
	}

	/**
	 * The code a label gives: lower case letters and digits, words joined by hyphens, at
	 * most {@value #CODE_MAX} characters; "area" for a label with neither.
	 */
	public static String codeOf(String label) {
		var code = label.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (code.length() > CODE_MAX) {
			code = code.substring(0, CODE_MAX).replaceAll("-+$", "");
		}
		return (code.length() < 2) ? "area" + code : code;
	}

	/** The code, or the code with -2, -3... when one is taken. */
	private String freeCode(String code) {
		var taken = jdbc.sql("select code from plan_need_area where code like :prefix")
			.param("prefix", code + "%")
			.query(String.class)
			.set();
		var free = code;
		for (int n = 2; taken.contains(free); n++) {
			var suffix = "-" + n;
			free = code.substring(0, Math.min(code.length(), CODE_MAX - suffix.length())) + suffix;
		}
		return free;
	}

	private void requireUniqueLabel(String label, UUID self) {
		var clash = jdbc.sql("select id from plan_need_area where lower(label) = lower(:label)")
			.param("label", label)
			.query(UUID.class)
			.optional();
		if (clash.isPresent() && !clash.get().equals(self)) {
			throw new LabelTaken();
		}
	}

	/**
	 * What an administrator gives a need area.
	 *
	 * @param label what it is called, trimmed
	 * @param description what it covers ("" for nothing)
	 * @param outcome the headline outcome it maps to
	 * @param aboutChildren whether it is about the children
	 * @param referralNeedCode the directory's needs term it starts from, or null
	 */
	public record Values(String label, String description, HeadlineOutcome outcome, boolean aboutChildren,
			String referralNeedCode) {

		public Values {
			description = (description != null) ? description : "";
		}

	}

	/** Another need area has this label already. */
	public static class LabelTaken extends RuntimeException {

		@java.io.Serial
		private static final long serialVersionUID = 1L;

		public LabelTaken() {
			super("Another need area has this label");
		}

	}

}
