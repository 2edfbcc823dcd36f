package org.familymatters.consent.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.stereotype.Component;

/**
 * The printable consent form: a Thymeleaf template written as XHTML, filled in for one
 * family and turned into a PDF by openhtmltopdf, for the person giving consent to read
 * and sign.
 */
@Component
class ConsentFormPdf {

	private final ITemplateEngine templates;

	ConsentFormPdf(ITemplateEngine templates) {
		this.templates = templates;
	}

	byte[] render(Filled filled) {
		var context = new Context();
		context.setVariable("form", filled);
		var html = templates.process("consent/consent-form-pdf", context);
		var pdf = new ByteArrayOutputStream();
		try {
			var builder = new PdfRendererBuilder();
			builder.withHtmlContent(html, null);
			builder.toStream(pdf);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return pdf.toByteArray();
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
