package org.familymatters.training.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A material's file type, known by its content, and its size in words; without Spring.
 */
class MaterialTest {

	/** A PDF's first bytes. */
	static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	@Test
	void aPdfIsKnownByItsHeaderNotItsName() {
		assertThat(Material.FileType.of(PDF)).contains(Material.FileType.PDF);
		assertThat(Material.FileType.of("Just text, called slides.pdf".getBytes(StandardCharsets.UTF_8))).isEmpty();
		assertThat(Material.FileType.of(new byte[0])).isEmpty();
		assertThat(Material.FileType.of(null)).isEmpty();
	}

	@Test
	void todaysWordAndPowerPointFilesAreKnownByTheirParts() throws IOException {
		assertThat(Material.FileType.of(zip(false, "[Content_Types].xml", "word/document.xml")))
			.contains(Material.FileType.DOCX);
		assertThat(Material.FileType.of(zip(false, "[Content_Types].xml", "ppt/presentation.xml")))
			.contains(Material.FileType.PPTX);
		assertThat(Material.FileType.of(zip(false, "[Content_Types].xml", "xl/workbook.xml"))).as("a spreadsheet")
			.isEmpty();
		assertThat(Material.FileType.of(zip(false, "word/document.xml"))).as("a plain zip").isEmpty();
	}

	@Test
	void openDocumentFilesAreKnownByTheirMimetypeEntry() throws IOException {
		assertThat(Material.FileType.of(zip(true, "application/vnd.oasis.opendocument.text")))
			.contains(Material.FileType.ODT);
		assertThat(Material.FileType.of(zip(true, "application/vnd.oasis.opendocument.presentation")))
			.contains(Material.FileType.ODP);
		assertThat(Material.FileType.of(zip(true, "application/vnd.oasis.opendocument.spreadsheet"))).isEmpty();
	}

	@Test
	void oldWordAndPowerPointFilesAreKnownByTheirMainStream() {
		assertThat(Material.FileType.of(compound("WordDocument"))).contains(Material.FileType.DOC);
		assertThat(Material.FileType.of(compound("PowerPoint Document"))).contains(Material.FileType.PPT);
		assertThat(Material.FileType.of(compound("Workbook"))).isEmpty();
	}

	@Test
	void aBrokenZipIsNotAFileTaken() {
		var broken = new byte[] { 'P', 'K', 3, 4, 0, 0, 0, 0, 0, 0 };
		assertThat(Material.FileType.of(broken)).isEmpty();
	}

	@Test
	void sizesAndKindsInWords() {
		var file = new Material(null, null, null, "Slides", null, "s.pdf", "application/pdf", 230 * 1024, true, null);
		assertThat(file.size()).isEqualTo("230 KB");
		assertThat(file.kindLabel()).isEqualTo("PDF");
		var big = new Material(null, null, null, "Slides", null, "s.pdf", "application/pdf", 1_300_000, true, null);
		assertThat(big.size()).isEqualTo("1.2 MB");
		var link = new Material(null, null, null, "Papers", "https://example.org", null, null, 0, true, null);
		assertThat(link.kindLabel()).isEqualTo("Link");
		assertThat(Materials.fileName("C:\\Users\\me\\Slides", Material.FileType.PDF)).isEqualTo("Slides.pdf");
		assertThat(Materials.fileName("notes.PDF", Material.FileType.PDF)).isEqualTo("notes.PDF");
	}

	/**
	 * A zip: with {@code openDocument}, a stored "mimetype" entry first holding the first
	 * name; otherwise an entry of each name.
	 */
	static byte[] zip(boolean openDocument, String... names) throws IOException {
		var bytes = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(bytes)) {
			if (openDocument) {
				var type = names[0].getBytes(StandardCharsets.US_ASCII);
				var entry = new ZipEntry("mimetype");
				entry.setMethod(ZipEntry.STORED);
				entry.setSize(type.length);
				var crc = new CRC32();
				crc.update(type);
				entry.setCrc(crc.getValue());
				zip.putNextEntry(entry);
				zip.write(type);
				zip.closeEntry();
				zip.putNextEntry(new ZipEntry("content.xml"));
				zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
			else {
				for (var name : names) {
					zip.putNextEntry(new ZipEntry(name));
					zip.write("<xml/>".getBytes(StandardCharsets.UTF_8));
					zip.closeEntry();
				}
			}
		}
		return bytes.toByteArray();
	}

	/** The start of a compound file naming a stream. */
	static byte[] compound(String stream) {
		var bytes = new ByteArrayOutputStream();
		bytes.writeBytes(new byte[] { (byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a,
				(byte) 0xe1 });
		bytes.writeBytes(new byte[504]);
		bytes.writeBytes(stream.getBytes(StandardCharsets.UTF_16LE));
		bytes.writeBytes(new byte[64]);
		return bytes.toByteArray();
	}

}
