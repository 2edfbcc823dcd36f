package org.familymatters.training.internal;

import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;

import org.familymatters.shared.time.ServiceTime;
import org.familymatters.shared.web.PdfPages;

import org.springframework.stereotype.Service;

/**
 * A certificate of attendance, through the attendee's feedback link: their name and
 * organisation, the course's title, the session's day and hours, and Family Matters as
 * the issuer, printed from {@code training/certificate} by {@link PdfPages}. Only for a
 * booking marked as attended.
 */
@Service
public class Certificates {

	private static final DateTimeFormatter FILE_DAY = DateTimeFormatter.ISO_LOCAL_DATE;

	private final Feedback feedback;

	private final PdfPages pdfs;

	Certificates(Feedback feedback, PdfPages pdfs) {
		this.feedback = feedback;
		this.pdfs = pdfs;
	}

	/**
	 * The certificate of the attendee whose link carries the secret, or empty when no
	 * link does or they are not marked as attended.
	 */
	public Optional<Certificate> certificate(String secret) {
		return feedback.attendee(secret)
			.filter(Feedback.Attendee::attended)
			.map(a -> new Certificate(
					"certificate-of-attendance-" + FILE_DAY.format(a.startsAt().atZone(ServiceTime.ZONE)) + ".pdf",
					pdfs.render("training/certificate", Map.of("attendee", a))));
	}

	/**
	 * A certificate as a file.
	 *
	 * @param filename its file name
	 * @param pdf the PDF
	 */
	public record Certificate(String filename, byte[] pdf) {
	}

}
