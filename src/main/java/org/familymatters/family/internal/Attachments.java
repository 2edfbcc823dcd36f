package org.familymatters.family.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.familymatters.family.Attachment;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Files kept with a family's record, in the database. Only PDF, JPEG and PNG are taken,
 * known by their first bytes rather than by their name or what the browser says, and only
 * up to {@code familymatters.attachments.max-bytes} (5 MB unless set), and a family keeps
 * at most {@code max-per-family} files (50) of {@code max-bytes-per-family} in all (100
 * MB). Nothing here checks access: {@link FamilyEditing} asks the access decision before
 * storing or handing one out.
 */
@Repository
public class Attachments {

	private static final long MEGABYTE = 1024 * 1024;

	private final JdbcClient jdbc;

	private final Families families;

	private final long maxBytes;

	private final int maxPerFamily;

	private final long maxBytesPerFamily;

	Attachments(JdbcClient jdbc, Families families,
			@Value("${familymatters.attachments.max-bytes:5242880}") long maxBytes,
			@Value("${familymatters.attachments.max-per-family:50}") int maxPerFamily,
			@Value("${familymatters.attachments.max-bytes-per-family:104857600}") long maxBytesPerFamily) {
		this.jdbc = jdbc;
		this.families = families;
		this.maxBytes = maxBytes;
		this.maxPerFamily = maxPerFamily;
		this.maxBytesPerFamily = maxBytesPerFamily;
	}

	public long maxBytes() {
		return maxBytes;
	}

	/**
	 * What is wrong with attaching a file of {@code size} bytes beginning with
	 * {@code firstBytes} to a family, if anything: the file's own problems first, then
	 * whether the family already has as many files, or as many bytes of them, as a family
	 * may have ({@code familymatters.attachments.max-per-family} and
	 * {@code max-bytes-per-family}).
	 */
	public Optional<Problem> problem(UUID familyId, long size, byte[] firstBytes) {
		var own = problem(size, firstBytes);
		if (own.isPresent()) {
			return own;
		}
		var kept = jdbc
			.sql("select count(*) as files, coalesce(sum(size_bytes), 0) as bytes from attachment "
					+ "where family_id = :family")
			.param("family", familyId)
			.query((rs, n) -> new long[] { rs.getLong("files"), rs.getLong("bytes") })
			.single();
		if (kept[0] >= maxPerFamily) {
			return Optional.of(Problem.TOO_MANY);
		}
		if (kept[1] + size > maxBytesPerFamily) {
			return Optional.of(Problem.FAMILY_FULL);
		}
		return Optional.empty();
	}

	/** The number a problem's message needs: the limit it is about. */
	public long limitOf(Problem problem) {
		return switch (problem) {
			case TOO_LARGE -> maxBytes / MEGABYTE;
			case TOO_MANY -> maxPerFamily;
			case FAMILY_FULL -> maxBytesPerFamily / MEGABYTE;
			default -> 0;
		};
	}

	/**
	 * What is wrong with a file, if anything: nothing, too large, or not a PDF, JPEG or
	 * PNG by its content.
	 */
	public Optional<Problem> problem(long size, byte[] firstBytes) {
		return problem(size, firstBytes, maxBytes);
	}

	/**
	 * What is wrong with a file of {@code size} bytes beginning with {@code firstBytes},
	 * where the largest taken is {@code maxBytes}.
	 */
	public static Optional<Problem> problem(long size, byte[] firstBytes, long maxBytes) {
		if (size <= 0 || firstBytes == null || firstBytes.length == 0) {
			return Optional.of(Problem.MISSING);
		}
		if (size > maxBytes) {
			return Optional.of(Problem.TOO_LARGE);
		}
		return Kind.of(firstBytes).isPresent() ? Optional.empty() : Optional.of(Problem.WRONG_TYPE);
	}

	UUID store(UUID familyId, Upload upload, UUID uploadedBy) {
		var problem = problem(familyId, (upload.content() != null) ? upload.content().length : 0, upload.content());
		if (problem.isPresent()) {
			throw new FamilyEditing.NotAllowedChange("Attachment refused: " + problem.get());
		}
		var kind = Kind.of(upload.content()).orElseThrow();
		var id = UUID.randomUUID();
		jdbc.sql(
				"""
						insert into attachment (id, family_id, filename, content_type, size_bytes, content, description, uploaded_by,
						                        uploaded_at)
						values (:id, :family, :filename, :type, :size, :content, :description, :by, :now)
						""")
			.param("id", id)
			.param("family", familyId)
			.param("filename", filename(upload.filename(), kind))
			.param("type", kind.contentType)
			.param("size", upload.content().length)
			.param("content", upload.content())
			.param("description", upload.description())
			.param("by", uploadedBy)
			.param("now", families.now())
			.update();
		return id;
	}

	/** A family's attachments, newest first, without their content. */
	public List<Attachment> of(UUID familyId) {
		return jdbc.sql("""
				select a.id, a.filename, a.content_type, a.size_bytes, a.description, u.display_name, a.uploaded_at
				from attachment a left join identity_user u on u.id = a.uploaded_by
				where a.family_id = :family order by a.uploaded_at desc, a.id
				""")
			.param("family", familyId)
			.query((rs, n) -> new Attachment(rs.getObject("id", UUID.class), rs.getString("filename"),
					rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("description"),
					rs.getString("display_name"), rs.getTimestamp("uploaded_at").toInstant()))
			.list();
	}

	Optional<Download> content(UUID familyId, UUID attachmentId) {
		return jdbc.sql("select filename, content_type, content from attachment where id = :id and family_id = :family")
			.param("id", attachmentId)
			.param("family", familyId)
			.query((rs, n) -> new Download(rs.getString("filename"), rs.getString("content_type"),
					rs.getBytes("content")))
			.optional();
	}

	/**
	 * The file's own name without any folder, at most 200 characters, with an extension
	 * that fits its content.
	 */
	static String filename(String given, Kind kind) {
		var name = (given != null) ? given.replace('\\', '/') : "";
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
		if (name.isEmpty()) {
			name = "attachment";
		}
		if (name.length() > 200) {
			name = name.substring(0, 200);
		}
		var lower = name.toLowerCase(Locale.ROOT);
		boolean fits = switch (kind) {
			case PDF -> lower.endsWith(".pdf");
			case PNG -> lower.endsWith(".png");
			case JPEG -> lower.endsWith(".jpg") || lower.endsWith(".jpeg");
		};
		return fits ? name : name + "." + kind.extension;
	}

	/**
	 * An accepted kind of file: its content type, what its first bytes are, and its usual
	 * extension.
	 */
	enum Kind {

		PDF("application/pdf", "pdf", new byte[] { '%', 'P', 'D', 'F', '-' }),
		PNG("image/png", "png", new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' }),
		JPEG("image/jpeg", "jpg", new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff });

		final String contentType;

		final String extension;

		final byte[] magic;

		Kind(String contentType, String extension, byte[] magic) {
			this.contentType = contentType;
			this.extension = extension;
			this.magic = magic;
		}

		static Optional<Kind> of(byte[] content) {
			return Arrays.stream(values())
				.filter(kind -> content.length >= kind.magic.length
						&& Arrays.equals(Arrays.copyOf(content, kind.magic.length), kind.magic))
				.findFirst();
		}

	}

	/**
	 * What was uploaded: the name the user's computer gave it, its bytes, and an optional
	 * description.
	 */
	public record Upload(String filename, byte[] content, String description) {
	}

	/** An attachment's content, for download. */
	public record Download(String filename, String contentType, byte[] content) {
	}

	/** Why an upload is refused, as a message code for the file field. */
	public enum Problem {

		MISSING("family.attachment.file.required"), TOO_LARGE("family.attachment.file.tooLarge"),
		WRONG_TYPE("family.attachment.file.wrongType"), TOO_MANY("family.attachment.file.tooMany"),
		FAMILY_FULL("family.attachment.file.familyFull");

		private final String code;

		Problem(String code) {
			this.code = code;
		}

		public String code() {
			return code;
		}

	}

}
