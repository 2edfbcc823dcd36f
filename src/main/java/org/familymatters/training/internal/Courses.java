package org.familymatters.training.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.shared.StaleSave;
import org.familymatters.shared.security.CurrentUser;
import org.familymatters.shared.web.NotFound;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The training coordinators' courses: workshops, conferences and events, and the court
 * desk volunteers' induction. Creating and changing one is audited (record type
 * {@value #RECORD}, basis {@code ROLE} with {@code TRAINING_COORDINATOR}); a change from
 * a page that showed an older version is refused ({@link StaleSave}). The pages' access
 * rule lets only training coordinators call the changes.
 */
@Service
public class Courses {

	/** The audit trail's record type for a course. */
	public static final String RECORD = "training_course";

	/** The role the changes are made under, for the audit trail. */
	public static final String COORDINATOR = "TRAINING_COORDINATOR";

	/** The longest title kept. */
	public static final int TITLE_MAX = 200;

	/** The longest audience or outcomes kept. */
	public static final int TEXT_MAX = 4000;

	private static final String SELECT = "select id, kind, title, audience, outcomes, version from training_course";

	private final JdbcClient jdbc;

	private final CurrentUser currentUser;

	private final AuditTrail audit;

	Courses(JdbcClient jdbc, CurrentUser currentUser, AuditTrail audit) {
		this.jdbc = jdbc;
		this.currentUser = currentUser;
		this.audit = audit;
	}

	/** Every course, by title. */
	@Transactional(readOnly = true)
	public List<Course> all() {
		return jdbc.sql(SELECT + " order by lower(title), id").query(Courses::course).list();
	}

	/** The course, if there is one. */
	@Transactional(readOnly = true)
	public Optional<Course> find(UUID id) {
		return jdbc.sql(SELECT + " where id = :id").param("id", id).query(Courses::course).optional();
	}

	/**
	 * The course.
	 * @throws NotFound when there is none
	 */
	@Transactional(readOnly = true)
	public Course get(UUID id) {
		return find(id).orElseThrow(() -> new NotFound("training course", id));
	}

	/** Creates a course; answers its id. */
	@Transactional
	public UUID create(Course.Kind kind, String title, String audience, String outcomes) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into training_course (id, kind, title, audience, outcomes, created_by)
				values (:id, :kind, :title, :audience, :outcomes, :by)
				""")
			.param("id", id)
			.param("kind", kind.name())
			.param("title", title)
			.param("audience", audience)
			.param("outcomes", outcomes)
			.param("by", currentUser.get().id())
			.update();
		audit.record(AuditEntry.allowed(TrainingAudit.COURSE_CREATED, RECORD, id, Basis.ROLE, COORDINATOR));
		return id;
	}

	/**
	 * Changes the course, as shown at {@code version}.
	 * @throws NotFound when there is no such course
	 * @throws StaleSave when it changed since
	 */
	@Transactional
	public void change(UUID id, long version, Course.Kind kind, String title, String audience, String outcomes) {
		get(id);
		int changed = jdbc.sql("""
				update training_course set kind = :kind, title = :title, audience = :audience, outcomes = :outcomes,
				       version = version + 1
				where id = :id and version = :version
				""")
			.param("kind", kind.name())
			.param("title", title)
			.param("audience", audience)
			.param("outcomes", outcomes)
			.param("id", id)
			.param("version", version)
			.update();
		if (changed == 0) {
			throw new StaleSave(RECORD, id);
		}
		audit.record(AuditEntry.allowed(TrainingAudit.COURSE_CHANGED, RECORD, id, Basis.ROLE, COORDINATOR));
	}

	private static Course course(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Course(rs.getObject("id", UUID.class), Course.Kind.valueOf(rs.getString("kind")),
				rs.getString("title"), rs.getString("audience"), rs.getString("outcomes"), rs.getLong("version"));
	}

}
