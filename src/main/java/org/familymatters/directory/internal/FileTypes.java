package org.familymatters.directory.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file a resource may carry — PDF, Word (.docx), PowerPoint (.pptx) and
 * OpenDocument — known from the content itself, never from its name or from what the
 * browser says: a PDF begins {@code %PDF-}; an OpenDocument file is a ZIP whose first
 * entry, {@code mimetype}, is stored uncompressed and names its kind; a Word or
 * PowerPoint file is a ZIP whose directory lists {@code [Content_Types].xml} and
 * {@code word/} or {@code ppt/} parts. Only the ZIP's own directory is read, never its
 * compressed content. Pure: no Spring, no files.
 */
public final class FileTypes {

	private static final byte[] PDF_MAGIC = { '%', 'P', 'D', 'F', '-' };

	private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };

	private static final int LOCAL_HEADER = 0x04034b50;

	private static final int CENTRAL_HEADER = 0x02014b50;

	private static final int END_OF_DIRECTORY = 0x06054b50;

	/** The longest a ZIP's closing comment may be, so where its directory's end is. */
	private static final int MAX_COMMENT = 0xffff;

	/**
	 * Extensions a name may end in that are replaced by the one the content calls for.
	 */
	private static final List<String> REPLACED = List.of("pdf", "docx", "doc", "pptx", "ppt", "odt", "odp", "ods",
			"rtf", "txt", "zip", "exe", "bin");

	/** A file name's longest, in characters. */
	public static final int NAME_MAX = 200;

	private static final long KILOBYTE = 1024;

	private static final long MEGABYTE = 1024 * KILOBYTE;

	private FileTypes() {
	}

	/** What the content is, if it is one of the kinds taken. */
	public static Optional<FileType> of(byte[] content) {
		if (content == null || content.length == 0) {
			return Optional.empty();
		}
		if (startsWith(content, PDF_MAGIC)) {
			return Optional.of(FileType.PDF);
		}
		if (!startsWith(content, ZIP_MAGIC)) {
			return Optional.empty();
		}
		var openDocument = openDocument(content);
		if (openDocument.isPresent()) {
			return openDocument;
		}
		var names = entryNames(content);
		if (!names.contains("[Content_Types].xml")) {
			return Optional.empty();
		}
		if (names.stream().anyMatch(name -> name.startsWith("word/"))) {
			return Optional.of(FileType.WORD);
		}
		if (names.stream().anyMatch(name -> name.startsWith("ppt/"))) {
			return Optional.of(FileType.POWERPOINT);
		}
		return Optional.empty();
	}

	/**
	 * The file's own name without any folder or control character, at most
	 * {@link #NAME_MAX} characters, ending in the extension of what it really is (so
	 * "pack.pdf" that is a Word file is kept as "pack.docx").
	 */
	public static String safeName(String given, FileType type) {
		var name = (given != null) ? given.replace('\\', '/') : "";
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
		var dot = name.lastIndexOf('.');
		var stem = (dot >= 0 && REPLACED.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT)))
				? name.substring(0, dot).strip() : name;
		if (stem.isEmpty()) {
			stem = "resource";
		}
		var suffix = "." + type.extension();
		if (stem.length() + suffix.length() > NAME_MAX) {
			stem = stem.substring(0, NAME_MAX - suffix.length()).strip();
		}
		return stem + suffix;
	}

	/** A size as people read it: "850 bytes", "12 KB", "1.2 MB". */
	public static String sizeLabel(long bytes) {
		if (bytes < KILOBYTE) {
			return bytes + " bytes";
		}
		if (bytes < MEGABYTE) {
			return ((bytes + KILOBYTE - 1) / KILOBYTE) + " KB";
		}
		long tenths = (bytes * 10 + MEGABYTE / 2) / MEGABYTE;
		return (tenths / 10) + "." + (tenths % 10) + " MB";
	}

	/**
	 * An OpenDocument file: its first entry is {@code mimetype}, stored, holding the
	 * kind.
	 */
	private static Optional<FileType> openDocument(byte[] zip) {
		if (zip.length < 30 || intAt(zip, 0) != LOCAL_HEADER || shortAt(zip, 8) != 0) {
			return Optional.empty();
		}
		int size = intAt(zip, 18);
		int nameLength = shortAt(zip, 26);
		int extraLength = shortAt(zip, 28);
		int nameStart = 30;
		int dataStart = nameStart + nameLength + extraLength;
		if (size <= 0 || size > 100 || dataStart + size > zip.length
				|| !"mimetype".equals(new String(zip, nameStart, nameLength, StandardCharsets.US_ASCII))) {
			return Optional.empty();
		}
		var mimetype = new String(zip, dataStart, size, StandardCharsets.US_ASCII);
		return Arrays.stream(FileType.values())
			.filter(type -> type.openDocument() && type.contentType().equals(mimetype))
			.findFirst();
	}

	/**
	 * The names the ZIP's central directory lists (empty when it has none that can be
	 * read).
	 */
	private static List<String> entryNames(byte[] zip) {
		int end = -1;
		for (int at = zip.length - 22; at >= Math.max(0, zip.length - 22 - MAX_COMMENT); at--) {
			if (intAt(zip, at) == END_OF_DIRECTORY) {
				end = at;
				break;
			}
		}
		var names = new ArrayList<String>();
		if (end < 0) {
			return names;
		}
		int entries = shortAt(zip, end + 10);
		long offset = Integer.toUnsignedLong(intAt(zip, end + 16));
		int at = (int) Math.min(offset, Integer.MAX_VALUE);
		for (int i = 0; i < entries; i++) {
			if (at < 0 || at + 46 > zip.length || intAt(zip, at) != CENTRAL_HEADER) {
				break;
			}
			int nameLength = shortAt(zip, at + 28);
			int extraLength = shortAt(zip, at + 30);
			int commentLength = shortAt(zip, at + 32);
			if (at + 46 + nameLength > zip.length) {
				break;
			}
			names.add(new String(zip, at + 46, nameLength, StandardCharsets.UTF_8));
			at += 46 + nameLength + extraLength + commentLength;
		}
		return names;
	}

	private static boolean startsWith(byte[] content, byte[] magic) {
		return content.length >= magic.length && Arrays.equals(Arrays.copyOf(content, magic.length), magic);
	}

	private static int shortAt(byte[] bytes, int at) {
		return (bytes[at] & 0xff) | ((bytes[at + 1] & 0xff) << 8);
	}

	private static int intAt(byte[] bytes, int at) {
		return (bytes[at] & 0xff) | ((bytes[at + 1] & 0xff) << 8) | ((bytes[at + 2] & 0xff) << 16)
				| ((bytes[at + 3] & 0xff) << 24);
	}

	/** A kind of file a resource may carry. */
	public enum FileType {

		PDF("application/pdf", "pdf", "PDF", false),
		WORD("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", "Word", false),
		POWERPOINT("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx", "PowerPoint",
				false),
		ODT("application/vnd.oasis.opendocument.text", "odt", "OpenDocument text", true),
		ODP("application/vnd.oasis.opendocument.presentation", "odp", "OpenDocument presentation", true),
		ODS("application/vnd.oasis.opendocument.spreadsheet", "ods", "OpenDocument spreadsheet", true);

		private final String contentType;

		private final String extension;

		private final String label;

		private final boolean openDocument;

		FileType(String contentType, String extension, String label, boolean openDocument) {
			this.contentType = contentType;
			this.extension = extension;
			this.label = label;
			this.openDocument = openDocument;
		}

		public String contentType() {
			return contentType;
		}

		public String extension() {
			return extension;
		}

		/** As the pages name it: "PDF", "Word". */
		public String label() {
			return label;
		}

		boolean openDocument() {
			return openDocument;
		}

		public static Optional<FileType> fromContentType(String contentType) {
			return Arrays.stream(values()).filter(type -> type.contentType.equals(contentType)).findFirst();
		}

	}

}
