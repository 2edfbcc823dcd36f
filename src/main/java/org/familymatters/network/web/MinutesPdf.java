package org.familymatters.network.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.familymatters.network.internal.Minutes;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import org.springframework.context.ApplicationContext;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * A member's copy of a meeting's minutes as a PDF: {@code network/minutes-pdf}, an XHTML
 * Thymeleaf template built from the same fragment as the page ({@code network/minutes ::
 * items}), turned into a PDF by openhtmltopdf. It holds exactly what the page shows that
 * member.
 */
@Component
class MinutesPdf {

	private final ITemplateEngine templates;

	private final ApplicationContext application;

	MinutesPdf(ITemplateEngine templates, ApplicationContext application) {
		this.templates = templates;
		this.application = application;
	}

	byte[] render(Minutes.Copy copy) {
		var context = new Context();
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(application, null));
		context.setVariable("copy", copy);
		var html = templates.process("network/minutes-pdf", context);
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

	ResponseEntity<byte[]> response(Minutes.Copy copy) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline()
						.filename("minutes-" + copy.meeting().startsAt().toString().substring(0, 10) + "-version-"
								+ copy.version().number() + ".pdf")
						.build()
						.toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(render(copy));
	}

}
