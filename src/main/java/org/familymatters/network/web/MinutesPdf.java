package org.familymatters.network.web;

import java.util.Map;

import org.familymatters.network.internal.Minutes;
import org.familymatters.shared.web.PdfPages;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * A member's copy of a meeting's minutes as a PDF: {@code network/minutes-pdf}, an XHTML
 * Thymeleaf template built from the same fragment as the page
 * ({@code network/minutes-items ::
 * items}), printed by {@link PdfPages}. It holds exactly what the page shows that member.
 */
@Component
class MinutesPdf {

	private final PdfPages pdfs;

	MinutesPdf(PdfPages pdfs) {
		this.pdfs = pdfs;
	}

	byte[] render(Minutes.Copy copy) {
		return pdfs.render("network/minutes-pdf", Map.of("copy", copy));
	}

	ResponseEntity<byte[]> response(Minutes.Copy copy) {
		return pdfs.inline("minutes-" + copy.meeting().startsAt().toString().substring(0, 10) + "-version-"
				+ copy.version().number() + ".pdf", render(copy));
	}

}
