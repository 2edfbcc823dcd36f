package org.familymatters.family.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which files are kept with a family's record, known by their first bytes, and the name
 * they are kept under; without Spring.
 */
class AttachmentsTest {

	static final byte[] PDF = "%PDF-1.4\n% a tiny test file\n".getBytes();

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0 };

	static final byte[] JPEG = { (byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0 };

	@Test
	void onlyAPdfJpegOrPngUpToTheLimitIsTaken() {
		assertThat(Attachments.problem(PDF.length, PDF, 1024)).isEmpty();
		assertThat(Attachments.problem(PNG.length, PNG, 1024)).isEmpty();
		assertThat(Attachments.problem(JPEG.length, JPEG, 1024)).isEmpty();
		assertThat(Attachments.problem(0, new byte[0], 1024)).contains(Attachments.Problem.MISSING);
		assertThat(Attachments.problem(10, null, 1024)).contains(Attachments.Problem.MISSING);
		assertThat(Attachments.problem(1025, PDF, 1024)).contains(Attachments.Problem.TOO_LARGE);
		assertThat(Attachments.problem(19, "MZ not a pdf at all".getBytes(), 1024))
			.contains(Attachments.Problem.WRONG_TYPE);
		assertThat(Attachments.problem(3, "%PD".getBytes(), 1024)).contains(Attachments.Problem.WRONG_TYPE);
	}

	@Test
	void aFileKeepsItsOwnNameWithoutFoldersOrControlCharactersAndWithAnExtensionThatFits() {
		assertThat(Attachments.filename("../../etc/consent", Attachments.Kind.PDF)).isEqualTo("consent.pdf");
		assertThat(Attachments.filename("C:\\Users\\sam\\Scan 1.JPEG", Attachments.Kind.JPEG)).isEqualTo("Scan 1.JPEG");
		assertThat(Attachments.filename("photo.jpg", Attachments.Kind.PNG)).isEqualTo("photo.jpg.png");
		assertThat(Attachments.filename("bad\u0000\"name\".pdf", Attachments.Kind.PDF)).isEqualTo("badname.pdf");
		assertThat(Attachments.filename(null, Attachments.Kind.PDF)).isEqualTo("attachment.pdf");
		assertThat(Attachments.filename("x".repeat(300), Attachments.Kind.PDF)).hasSize(204).endsWith(".pdf");
	}

}
