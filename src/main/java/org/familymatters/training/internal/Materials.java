package org.familymatters.training.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.shared.security.CurrentUser;
import org.familymatters.shared.web.NotFound;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The materials of courses and sessions: files (PDF, Word, PowerPoint, OpenDocument text
 * or presentation, known by their content; at most
 * {@code familymatters.training.material-max-bytes}, 10 MB unless set) kept in the
 * database, and links to other sites. A material is added unpublished or published, and
 * published or taken off the public pages later; only published ones are shown and handed
 * out to the public. Each change is audited (record type {@value #RECORD}, basis
 * {@code ROLE} with {@code TRAINING_COORDINATOR}).
 */
@Service
public class Materials {

	/** The audit trail's record type for a material. */
	public static final String RECORD = "training_material";

	/** The longest title kept. */
	public static final int TITLE_MAX = 200;

	private static final String SELECT = """
			select id, course_id, session_id, title, url, file_name, content_type,
			       coalesce(octet_length(content), 0) as size_bytes, published, added_at
			from training_material
			""";

	private final JdbcClient jdbc;

	private final Courses courses;

	private final TrainingSessions sessions;

	private final CurrentUser currentUser;

	private final AuditTrail audit;

	private final Clock clock;

	private final long maxBytes;

	Materials(JdbcClient jdbc, Courses courses, TrainingSessions sessions, CurrentUser currentUser, AuditTrail audit,
			Clock clock, @Value("${familymatters.training.material-max-bytes:10485760}") long maxBytes) {
		this.jdbc = jdbc;
		this.courses = courses;
		this.sessions = sessions;
		this.currentUser = currentUser;
		this.audit = audit;
		this.clock = clock;
		this.maxBytes = maxBytes;
	}

	/** The largest file taken, in bytes. */
	public long maxBytes() {
		return maxBytes;
	}

	/** The course's own materials (not its sessions'), oldest first. */
	@Transactional(readOnly = true)
	public List<Material> ofCourse(UUID courseId) {
		return jdbc.sql(SELECT + " where course_id = :course order by added_at, id")
			.param("course", courseId)
			.query(Materials::material)
			.list();
	}

	/** The session's own materials, oldest first. */
	@Transactional(readOnly = true)
	public List<Material> ofSession(UUID sessionId) {
		return jdbc.sql(SELECT + " where session_id = :session order by added_at, id")
			.param("session", sessionId)
			.query(Materials::material)
			.list();
	}

	/**
	 * The published materials of the sessions and of the courses given, oldest first.
	 */
	@Transactional(readOnly = true)
	public List<Material> published(Collection<UUID> courseIds, Collection<UUID> sessionIds) {
		if (courseIds.isEmpty() && sessionIds.isEmpty()) {
			return List.of();
		}
		// An empty list is never sent: "in ()" is not SQL.
		var none = List.of(new UUID(0, 0));
		return jdbc.sql(SELECT + """
				where published and (course_id in (:courses) or session_id in (:sessions))
				order by added_at, id
				""")
			.param("courses", courseIds.isEmpty() ? none : List.copyOf(courseIds))
			.param("sessions", sessionIds.isEmpty() ? none : List.copyOf(sessionIds))
			.query(Materials::material)
			.list();
	}

	/** The material, without its content, if there is one. */
	@Transactional(readOnly = true)
	public Optional<Material> find(UUID id) {
		return jdbc.sql(SELECT + " where id = :id").param("id", id).query(Materials::material).optional();
	}

	/**
	 * A file material's content, if there is such a file and, when {@code publishedOnly},
	 * it is published.
	 */
	@Transactional(readOnly = true)
	public Optional<Download> download(UUID id, boolean publishedOnly) {
		return jdbc.sql("""
				select file_name, content_type, content from training_material
				where id = :id and content is not null and (published or not :publishedOnly)
				""")
			.param("id", id)
			.param("publishedOnly", publishedOnly)
			.query((rs, n) -> new Download(rs.getString("file_name"), rs.getString("content_type"),
					rs.getBytes("content")))
			.optional();
	}

	/**
	 * What is wrong with a file of {@code size} bytes and this content, if anything:
	 * {@code missing}, {@code tooLarge} or {@code wrongType}.
	 */
	public Optional<String> problem(long size, byte[] content) {
		if (size <= 0 || content == null || content.length == 0) {
			return Optional.of("missing");
		}
		if (size > maxBytes) {
			return Optional.of("tooLarge");
		}
		return Material.FileType.of(content).isPresent() ? Optional.empty() : Optional.of("wrongType");
	}

	/**
	 * Adds a file, or a link, to a course or a session; answers its id.
	 * @throws NotFound when there is no such course or session
	 * @throws IllegalArgumentException when the file is refused or neither a file nor a
	 * link is given
	 */
	@Transactional
	public UUID add(Owner owner, NewMaterial material) {
		if (owner.sessionId() != null) {
			sessions.get(owner.sessionId());
		}
		else {
			courses.get(owner.courseId());
		}
		String contentType = null;
		String fileName = null;
		if (material.content() != null) {
			var problem = problem(material.content().length, material.content());
			if (problem.isPresent()) {
				throw new IllegalArgumentException("File refused: " + problem.get());
			}
			var type = Material.FileType.of(material.content()).orElseThrow();
			contentType = type.contentType();
			fileName = fileName(material.fileName(), type);
		}
		else if (material.url() == null) {
			throw new IllegalArgumentException("A material is a file or a link");
		}
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into training_material (id, course_id, session_id, title, url, file_name, content_type, content,
				                               published, added_by, added_at)
				values (:id, :course, :session, :title, :url, :fileName, :type, :content, :published, :by, :now)
				""")
			.param("id", id)
			.param("course", (owner.sessionId() == null) ? owner.courseId() : null)
			.param("session", owner.sessionId())
			.param("title", material.title())
			.param("url", (material.content() == null) ? material.url() : null)
			.param("fileName", fileName)
			.param("type", contentType)
			.param("content", material.content())
			.param("published", material.published())
			.param("by", currentUser.get().id())
			.param("now", Timestamp.from(clock.instant()))
			.update();
		audit.record(AuditEntry.allowed(TrainingAudit.MATERIAL_ADDED, RECORD, id, Basis.ROLE, Courses.COORDINATOR)
			.withDetail(((owner.sessionId() != null) ? "session " + owner.sessionId() : "course " + owner.courseId())
					+ (material.published() ? ", published" : "")));
		return id;
	}

	/**
	 * Shows the material on the public pages, or takes it off them; answers it.
	 * @throws NotFound when there is no such material
	 */
	@Transactional
	public Material publish(UUID id, boolean published) {
		var material = find(id).orElseThrow(() -> new NotFound("training material", id));
		if (material.published() != published) {
			jdbc.sql("update training_material set published = :published where id = :id")
				.param("published", published)
				.param("id", id)
				.update();
			audit.record(AuditEntry.allowed(
					published ? TrainingAudit.MATERIAL_PUBLISHED : TrainingAudit.MATERIAL_UNPUBLISHED, RECORD, id,
					Basis.ROLE, Courses.COORDINATOR));
		}
		return material;
	}

	/**
	 * The file's own name without any folder or control characters, at most 200
	 * characters, with an extension that fits its content.
	 */
	static String fileName(String given, Material.FileType type) {
		var name = (given != null) ? given.replace('\\', '/') : "";
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
		if (name.isEmpty()) {
			name = "material";
		}
		if (name.length() > 200) {
			name = name.substring(0, 200);
		}
		return name.toLowerCase(Locale.ROOT).endsWith("." + type.extension()) ? name : name + "." + type.extension();
	}

	private static Material material(ResultSet rs, int row) throws SQLException {
		return new Material(rs.getObject("id", UUID.class), rs.getObject("course_id", UUID.class),
				rs.getObject("session_id", UUID.class), rs.getString("title"), rs.getString("url"),
				rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
				rs.getBoolean("published"), rs.getTimestamp("added_at").toInstant());
	}

	/**
	 * What a material belongs to: a session, or else a course.
	 *
	 * @param courseId the course, when it is the course's
	 * @param sessionId the session, when it is one session's
	 */
	public record Owner(UUID courseId, UUID sessionId) {

		public static Owner course(UUID courseId) {
			return new Owner(courseId, null);
		}

		public static Owner session(UUID sessionId) {
			return new Owner(null, sessionId);
		}

	}

	/**
	 * A material to add: a file (its name and content) or a link.
	 *
	 * @param title what it is
	 * @param fileName the file's name as sent; null for a link
	 * @param content the file; null for a link
	 * @param url the link; null for a file
	 * @param published whether the public pages show it at once
	 */
	public record NewMaterial(String title, String fileName, byte[] content, String url, boolean published) {
	}

	/**
	 * A file to hand out.
	 *
	 * @param fileName its name
	 * @param contentType its type
	 * @param content its bytes
	 */
	public record Download(String fileName, String contentType, byte[] content) {
	}

}
