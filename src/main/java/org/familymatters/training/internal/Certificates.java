package org.familymatters.training.internal;

import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
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

	private final AuditTrail audit;

	Certificates(Feedback feedback, PdfPages pdfs, AuditTrail audit) {
		this.feedback = feedback;
		this.pdfs = pdfs;
		this.audit = audit;
	}

	/**
	 * The certificate of the attendee whose link carries the secret, or empty when no
	 * link does or they are not marked as attended; audited as
	 * {@link TrainingAudit#CERTIFICATE_DOWNLOADED} (basis SELF, through their link).
	 */
	public Optional<Certificate> certificate(String secret) {
		return feedback.attendee(secret).filter(Feedback.Attendee::attended).map(a -> {
			audit.record(AuditEntry.allowed(TrainingAudit.CERTIFICATE_DOWNLOADED, Attendance.RECORD, a.bookingId(),
					Basis.SELF, "feedback link"));
			return new Certificate(
					"certificate-of-attendance-" + FILE_DAY.format(a.startsAt().atZone(ServiceTime.ZONE)) + ".pdf",
					pdfs.render("training/certificate", Map.of("attendee", a)));
		});
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
