package org.familymatters.consent.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.familymatters.shared.web.PdfPages;

import org.springframework.stereotype.Component;

/**
 * The printable consent form: a Thymeleaf template written as XHTML, filled in for one
 * family and printed by {@link PdfPages}, for the person giving consent to read and sign.
 */
@Component
class ConsentFormPdf {

	private final PdfPages pdfs;

	ConsentFormPdf(PdfPages pdfs) {
		this.pdfs = pdfs;
	}

	byte[] render(Filled filled) {
		return pdfs.render("consent/consent-form-pdf", Map.of("form", filled));
	}

	/**
	 * What the form is filled with.
	 *
	 * @param kinds every kind of information, each with whether it is ticked
	 * @param recipients the organisations and types of organisation chosen; empty leaves
	 * lines to write on
	 */
	record Filled(String familyReference, List<String> people, String purpose, Map<String, Boolean> kinds,
			List<String> recipients, LocalDate printedOn) {
	}

}
