package org.familymatters.directory.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.familymatters.directory.internal.FileTypes.FileType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The type of a resource's file comes from its content, never its name.
 */
class FileTypesTest {

	@Test
	void aPdfIsKnownByItsFirstBytes() {
		assertThat(FileTypes.of("%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1))).contains(FileType.PDF);
	}

	@Test
	void wordAndPowerPointAreKnownByTheirZipsDirectory() throws IOException {
		assertThat(FileTypes.of(zip(false, "[Content_Types].xml", "_rels/.rels", "word/document.xml")))
			.contains(FileType.WORD);
		assertThat(FileTypes.of(zip(false, "[Content_Types].xml", "_rels/.rels", "ppt/presentation.xml")))
			.contains(FileType.POWERPOINT);
	}

	@Test
	void openDocumentIsKnownByItsStoredMimetype() throws IOException {
		assertThat(FileTypes.of(openDocument("application/vnd.oasis.opendocument.text"))).contains(FileType.ODT);
		assertThat(FileTypes.of(openDocument("application/vnd.oasis.opendocument.presentation")))
			.contains(FileType.ODP);
		assertThat(FileTypes.of(openDocument("application/vnd.oasis.opendocument.spreadsheet"))).contains(FileType.ODS);
		assertThat(FileTypes.of(openDocument("application/x-something-else"))).isEmpty();
	}

	@Test
	void anythingElseIsRefusedWhateverItIsCalled() throws IOException {
		var executable = new byte[64];
		executable[0] = 'M';
		executable[1] = 'Z';
		assertThat(FileTypes.of(executable)).as("an executable, even if it is called pack.pdf").isEmpty();
		assertThat(FileTypes.of(zip(false, "readme.txt", "word/document.xml"))).as("a zip with no content types")
			.isEmpty();
		assertThat(FileTypes.of(zip(false, "[Content_Types].xml", "xl/workbook.xml"))).as("a spreadsheet (xlsx)")
			.isEmpty();
		assertThat(FileTypes.of("PK\u0003\u0004 broken".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
		assertThat(FileTypes.of("<html><script>".getBytes(StandardCharsets.UTF_8))).isEmpty();
		assertThat(FileTypes.of(new byte[0])).isEmpty();
		assertThat(FileTypes.of(null)).isEmpty();
	}

	@Test
	void theNameKeptIsTheFilesOwnWithTheExtensionOfWhatItIs() {
		assertThat(FileTypes.safeName("C:\\Users\\me\\Pack v3.pdf", FileType.PDF)).isEqualTo("Pack v3.pdf");
		assertThat(FileTypes.safeName("../../etc/pack.PDF", FileType.PDF)).isEqualTo("pack.pdf");
		assertThat(FileTypes.safeName("pack.pdf", FileType.WORD)).isEqualTo("pack.docx");
		assertThat(FileTypes.safeName("pack", FileType.POWERPOINT)).isEqualTo("pack.pptx");
		assertThat(FileTypes.safeName("notes 1.2", FileType.ODT)).isEqualTo("notes 1.2.odt");
		assertThat(FileTypes.safeName("a\"b\u0000c.pdf", FileType.PDF)).isEqualTo("abc.pdf");
		assertThat(FileTypes.safeName("", FileType.PDF)).isEqualTo("resource.pdf");
		assertThat(FileTypes.safeName(null, FileType.PDF)).isEqualTo("resource.pdf");
		assertThat(FileTypes.safeName("x".repeat(500) + ".pdf", FileType.PDF)).hasSize(FileTypes.NAME_MAX)
			.endsWith(".pdf");
	}

	@Test
	void sizesReadAsPeopleSayThem() {
		assertThat(FileTypes.sizeLabel(850)).isEqualTo("850 bytes");
		assertThat(FileTypes.sizeLabel(12 * 1024 + 1)).isEqualTo("13 KB");
		assertThat(FileTypes.sizeLabel((long) (1.2 * 1024 * 1024))).isEqualTo("1.2 MB");
		assertThat(FileTypes.sizeLabel(20L * 1024 * 1024)).isEqualTo("20.0 MB");
	}

	private static byte[] zip(boolean stored, String... names) throws IOException {
		var bytes = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(bytes)) {
			for (var name : names) {
				zip.putNextEntry(new ZipEntry(name));
				zip.write(("<content of " + name + "/>").getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

	/** As OpenDocument requires: "mimetype" first, stored, then the rest compressed. */
	private static byte[] openDocument(String mimetype) throws IOException {
		var bytes = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(bytes)) {
			var content = mimetype.getBytes(StandardCharsets.US_ASCII);
			var entry = new ZipEntry("mimetype");
			entry.setMethod(ZipEntry.STORED);
			entry.setSize(content.length);
			entry.setCompressedSize(content.length);
			var crc = new CRC32();
			crc.update(content);
			entry.setCrc(crc.getValue());
			zip.putNextEntry(entry);
			zip.write(content);
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("content.xml"));
			zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return bytes.toByteArray();
	}

}
