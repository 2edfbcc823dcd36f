package org.familymatters.training.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * A course's material, or an event's papers and slides: a file kept by the service or a
 * link to another site. Only published materials are shown on the public pages.
 *
 * @param id the material
 * @param courseId its course; null when it belongs to one session
 * @param sessionId its session; null when it belongs to the course
 * @param title what it is
 * @param url the link, for a link; null for a file
 * @param fileName the file's name, for a file; null for a link
 * @param contentType the file's type as its content showed it; null for a link
 * @param sizeBytes the file's size; 0 for a link
 * @param published whether the public pages show it
 * @param addedAt when it was added
 */
public record Material(UUID id, UUID courseId, UUID sessionId, String title, String url, String fileName,
		String contentType, long sizeBytes, boolean published, Instant addedAt) {

	/** Whether it is a link to another site rather than a file. */
	public boolean link() {
		return url != null;
	}

	/** The file's size in words ("230 KB", "1.2 MB"); empty for a link. */
	public String size() {
		if (link()) {
			return "";
		}
		if (sizeBytes < 1024 * 1024) {
			return Math.max(1, Math.round(sizeBytes / 1024.0)) + " KB";
		}
		return String.format(Locale.UK, "%.1f MB", sizeBytes / (1024.0 * 1024.0));
	}

	/** What kind of file it is in words ("PDF", "Word document"); "Link" for a link. */
	public String kindLabel() {
		if (link()) {
			return "Link";
		}
		return FileType.ofContentType(contentType).map(FileType::label).orElse("File");
	}

	/**
	 * A file a material may be: PDF, Word, PowerPoint or OpenDocument text or
	 * presentation, known by its content (see {@link #of(byte[])}), never by its name or
	 * what the browser says.
	 */
	public enum FileType {

		PDF("application/pdf", "pdf", "PDF"), DOC("application/msword", "doc", "Word document"),
		DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", "Word document"),
		PPT("application/vnd.ms-powerpoint", "ppt", "PowerPoint presentation"),
		PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx",
				"PowerPoint presentation"),
		ODT("application/vnd.oasis.opendocument.text", "odt", "OpenDocument text"),
		ODP("application/vnd.oasis.opendocument.presentation", "odp", "OpenDocument presentation");

		private static final byte[] PDF_MAGIC = { '%', 'P', 'D', 'F', '-' };

		private static final byte[] OLE2_MAGIC = { (byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1,
				(byte) 0xb1, 0x1a, (byte) 0xe1 };

		private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };

		private final String contentType;

		private final String extension;

		private final String label;

		FileType(String contentType, String extension, String label) {
			this.contentType = contentType;
			this.extension = extension;
			this.label = label;
		}

		public String contentType() {
			return contentType;
		}

		public String extension() {
			return extension;
		}

		public String label() {
			return label;
		}

		static Optional<FileType> ofContentType(String type) {
			return Arrays.stream(values()).filter(t -> t.contentType.equals(type)).findFirst();
		}

		/**
		 * The type of a file by its content: a PDF by its header; a Word or PowerPoint
		 * 97-2003 file by its compound-file header and the name of its main stream; a
		 * Word or PowerPoint file of today by its zip header and the parts its zip
		 * directory names; an OpenDocument file by the uncompressed {@code mimetype}
		 * entry it must begin with. Empty for anything else. Nothing is decompressed.
		 */
		public static Optional<FileType> of(byte[] content) {
			if (content == null) {
				return Optional.empty();
			}
			if (startsWith(content, PDF_MAGIC)) {
				return Optional.of(PDF);
			}
			if (startsWith(content, OLE2_MAGIC)) {
				if (contains(content, utf16("WordDocument"))) {
					return Optional.of(DOC);
				}
				if (contains(content, utf16("PowerPoint Document"))) {
					return Optional.of(PPT);
				}
				return Optional.empty();
			}
			if (startsWith(content, ZIP_MAGIC)) {
				return zipped(content);
			}
			return Optional.empty();
		}

		private static Optional<FileType> zipped(byte[] content) {
			var odf = openDocument(content);
			if (odf.isPresent()) {
				return odf;
			}
			var names = ZipDirectory.names(content);
			if (!names.contains("[Content_Types].xml")) {
				return Optional.empty();
			}
			if (names.stream().anyMatch(n -> n.startsWith("word/"))) {
				return Optional.of(DOCX);
			}
			if (names.stream().anyMatch(n -> n.startsWith("ppt/"))) {
				return Optional.of(PPTX);
			}
			return Optional.empty();
		}

		/** An OpenDocument file's first entry: "mimetype", stored, holding its type. */
		private static Optional<FileType> openDocument(byte[] content) {
			if (content.length < 38 || u16(content, 8) != 0 || u16(content, 26) != 8) {
				return Optional.empty();
			}
			var name = new String(content, 30, 8, StandardCharsets.US_ASCII);
			if (!"mimetype".equals(name)) {
				return Optional.empty();
			}
			long size = u32(content, 18);
			int start = 30 + 8 + u16(content, 28);
			if (size <= 0 || size > 100 || start + size > content.length) {
				return Optional.empty();
			}
			var type = new String(content, start, (int) size, StandardCharsets.US_ASCII);
			if (ODT.contentType.equals(type)) {
				return Optional.of(ODT);
			}
			if (ODP.contentType.equals(type)) {
				return Optional.of(ODP);
			}
			return Optional.empty();
		}

		private static boolean startsWith(byte[] content, byte[] prefix) {
			return content.length >= prefix.length
					&& Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
		}

		private static boolean contains(byte[] content, byte[] part) {
			outer: for (int i = 0; i + part.length <= content.length; i++) {
				for (int j = 0; j < part.length; j++) {
					if (content[i + j] != part[j]) {
						continue outer;
					}
				}
				return true;
			}
			return false;
		}

		private static byte[] utf16(String text) {
			return text.getBytes(StandardCharsets.UTF_16LE);
		}

		static int u16(byte[] b, int at) {
			return (b[at] & 0xff) | ((b[at + 1] & 0xff) << 8);
		}

		static long u32(byte[] b, int at) {
			return (u16(b, at) & 0xffffL) | ((long) u16(b, at + 2) << 16);
		}

	}

	/**
	 * The names a zip file's central directory lists, read from its bytes without
	 * decompressing anything; empty for a file that is not a well-formed zip.
	 */
	static final class ZipDirectory {

		private static final int END_SIGNATURE = 0x06054b50;

		private static final int ENTRY_SIGNATURE = 0x02014b50;

		private static final int MAX_ENTRIES = 10_000;

		private ZipDirectory() {
		}

		static List<String> names(byte[] zip) {
			var names = new ArrayList<String>();
			int end = -1;
			for (int i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65_535); i--) {
				if (FileType.u32(zip, i) == END_SIGNATURE) {
					end = i;
					break;
				}
			}
			if (end < 0) {
				return names;
			}
			int entries = FileType.u16(zip, end + 10);
			long offset = FileType.u32(zip, end + 16);
			int at = (int) Math.min(offset, Integer.MAX_VALUE);
			for (int n = 0; n < Math.min(entries, MAX_ENTRIES); n++) {
				if (at < 0 || at + 46 > zip.length || FileType.u32(zip, at) != ENTRY_SIGNATURE) {
					return List.of();
				}
				int nameLength = FileType.u16(zip, at + 28);
				int extraLength = FileType.u16(zip, at + 30);
				int commentLength = FileType.u16(zip, at + 32);
				if (at + 46 + nameLength > zip.length) {
					return List.of();
				}
				names.add(new String(zip, at + 46, nameLength, StandardCharsets.UTF_8));
				at += 46 + nameLength + extraLength + commentLength;
			}
			return names;
		}

	}

}
