package org.familymatters.directory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.directory.internal.FileTypes.FileType;
import org.familymatters.identity.Role;
import org.familymatters.shared.StaleSave;
import org.familymatters.shared.input.Input;
import org.familymatters.shared.web.NotFound;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Resource packs: the files resources carry, each replaced by a new version and every
 * version kept. The editors of resources attach them (audited on the basis of their
 * role); anyone downloads the versions of an active resource's file. Files are PDF, Word,
 * PowerPoint or OpenDocument by their content ({@link FileTypes}), up to the service's
 * largest upload ({@code spring.servlet.multipart.max-file-size}, 20 MB).
 */
@Service
public class ResourceFiles {

	private static final String RECORD = "resource";

	private static final long MEGABYTE = 1024 * 1024;

	private static final String COLUMNS = """
			resource_id, version_number, file_name, content_type, size_bytes, change_note, uploaded_by, uploaded_at
			""";

	private final JdbcClient jdbc;

	private final Resources resources;

	private final AuditTrail audit;

	private final DirectoryEditor editor;

	private final Clock clock;

	private final long maxBytes;

	ResourceFiles(JdbcClient jdbc, Resources resources, AuditTrail audit, DirectoryEditor editor, Clock clock,
			@Value("${spring.servlet.multipart.max-file-size:20MB}") DataSize maxFileSize) {
		this.jdbc = jdbc;
		this.resources = resources;
		this.audit = audit;
		this.editor = editor;
		this.clock = clock;
		this.maxBytes = maxFileSize.toBytes();
	}

	/** The largest file taken, in bytes. */
	public long maxBytes() {
		return maxBytes;
	}

	/** The largest file taken, in whole megabytes, as the pages say it. */
	public long maxMegabytes() {
		return maxBytes / MEGABYTE;
	}

	/**
	 * What is wrong with a file of {@code size} bytes whose content (or at least its
	 * beginning, when it is too large to read) is {@code content}, if anything.
	 */
	public Optional<Problem> problem(long size, byte[] content) {
		return problem(size, content, maxBytes);
	}

	/** The same, where the largest file taken is {@code maxBytes}. */
	public static Optional<Problem> problem(long size, byte[] content, long maxBytes) {
		if (size <= 0 || content == null || content.length == 0) {
			return Optional.of(Problem.MISSING);
		}
		if (size > maxBytes) {
			return Optional.of(Problem.TOO_LARGE);
		}
		return FileTypes.of(content).isPresent() ? Optional.empty() : Optional.of(Problem.WRONG_TYPE);
	}

	/** The version of a resource's file people download now, if it has one. */
	@Transactional(readOnly = true)
	public Optional<ResourceFile> current(UUID resourceId) {
		return jdbc
			.sql("select " + COLUMNS + " from dir_resource_file where resource_id = :id "
					+ "order by version_number desc limit 1")
			.param("id", resourceId)
			.query(ResourceFiles::file)
			.optional();
	}

	/** The current version of the file of each of these resources that has one. */
	@Transactional(readOnly = true)
	public Map<UUID, ResourceFile> current(Collection<UUID> resourceIds) {
		if (resourceIds.isEmpty()) {
			return Map.of();
		}
		return jdbc
			.sql("select distinct on (resource_id) " + COLUMNS + " from dir_resource_file "
					+ "where resource_id in (:ids) order by resource_id, version_number desc")
			.param("ids", List.copyOf(resourceIds))
			.query(ResourceFiles::file)
			.list()
			.stream()
			.collect(Collectors.toMap(ResourceFile::resourceId, Function.identity()));
	}

	/** Every version of a resource's file, the newest first. */
	@Transactional(readOnly = true)
	public List<ResourceFile> versions(UUID resourceId) {
		return jdbc
			.sql("select " + COLUMNS + " from dir_resource_file where resource_id = :id order by version_number desc")
			.param("id", resourceId)
			.query(ResourceFiles::file)
			.list();
	}

	/**
	 * A version's content, to download: anyone's for an active resource, only its
	 * editors' for an archived one.
	 */
	@Transactional(readOnly = true)
	public Optional<Download> download(UUID resourceId, int number) {
		var resource = resources.find(resourceId);
		if (resource.isEmpty() || (resource.get().archived() && editor.resourceRole().isEmpty())) {
			return Optional.empty();
		}
		return jdbc.sql("""
				select file_name, content_type, content from dir_resource_file
				where resource_id = :id and version_number = :number
				""")
			.param("id", resourceId)
			.param("number", number)
			.query((rs, row) -> new Download(rs.getString("file_name"),
					FileType.fromContentType(rs.getString("content_type")).orElseThrow(), rs.getBytes("content")))
			.optional();
	}

	/**
	 * Attaches a new version of the resource's file, uploaded by the signed-in editor.
	 * @param seenVersion the number of the version the editor saw, 0 when there was none
	 * @throws NotFound when there is no such resource
	 * @throws StaleSave when someone else attached a version meanwhile
	 * @throws IllegalArgumentException when the file or note breaks a rule the form
	 * checks
	 */
	@Transactional
	public ResourceFile attach(UUID resourceId, int seenVersion, Upload upload) {
		var role = editor.resourceRole()
			.map(Role::name)
			.orElseThrow(() -> new AccessDeniedException(
					"Only support workers, training coordinators and administrators keep resources' files"));
		var locked = jdbc.sql("select id from dir_resource where id = :id for update")
			.param("id", resourceId)
			.query(UUID.class)
			.optional();
		if (locked.isEmpty()) {
			throw new NotFound(RECORD, resourceId);
		}
		int latest = jdbc.sql("select coalesce(max(version_number), 0) from dir_resource_file where resource_id = :id")
			.param("id", resourceId)
			.query(Integer.class)
			.single();
		if (latest != seenVersion) {
			throw new StaleSave("resource file", resourceId);
		}
		var content = upload.content();
		var problem = problem((content != null) ? content.length : 0, content);
		if (problem.isPresent()) {
			throw new IllegalArgumentException("File refused: " + problem.get());
		}
		var note = Input.text(upload.changeNote(), ResourceFile.CHANGE_NOTE_MAX);
		if (note.failed() || (latest > 0 && note.isEmpty())) {
			throw new IllegalArgumentException(
					"A note of what changed, of at most " + ResourceFile.CHANGE_NOTE_MAX + " characters, is needed");
		}
		var type = FileTypes.of(content).orElseThrow();
		int number = latest + 1;
		var now = Timestamp.from(Instant.now(clock));
		jdbc.sql("""
				insert into dir_resource_file (resource_id, version_number, file_name, content_type, size_bytes,
				                               content, change_note, uploaded_by, uploaded_at)
				values (:id, :number, :name, :type, :size, :content, :note, :by, :now)
				""")
			.param("id", resourceId)
			.param("number", number)
			.param("name", FileTypes.safeName(upload.fileName(), type))
			.param("type", type.contentType())
			.param("size", content.length)
			.param("content", content)
			.param("note", note.value())
			.param("by", editor.displayName())
			.param("now", now)
			.update();
		jdbc.sql("update dir_resource set updated_at = :now, updated_by = :by where id = :id")
			.param("now", now)
			.param("by", editor.username())
			.param("id", resourceId)
			.update();
		audit.record(AuditEntry.allowed(DirectoryAudit.RESOURCE_FILE_ADDED, RECORD, resourceId, Basis.ROLE, role)
			.withDetail("version " + number));
		return current(resourceId).orElseThrow();
	}

	private static ResourceFile file(ResultSet rs, int row) throws SQLException {
		return new ResourceFile(rs.getObject("resource_id", UUID.class), rs.getInt("version_number"),
				rs.getString("file_name"), FileType.fromContentType(rs.getString("content_type")).orElseThrow(),
				rs.getLong("size_bytes"), rs.getString("change_note"), rs.getString("uploaded_by"),
				rs.getTimestamp("uploaded_at").toInstant());
	}

	/**
	 * What was uploaded: the name the editor's computer gave it, its bytes, and what
	 * changed.
	 */
	public record Upload(String fileName, byte[] content, String changeNote) {
	}

	/** A version's content, to download. */
	public record Download(String fileName, FileType type, byte[] content) {
	}

	/** Why a file is refused, as a message code for the file's field. */
	public enum Problem {

		MISSING("resourceFile.file.required"), TOO_LARGE("resourceFile.file.tooLarge"),
		WRONG_TYPE("resourceFile.file.wrongType");

		private final String code;

		Problem(String code) {
			this.code = code;
		}

		public String code() {
			return code;
		}

	}

}
