package org.familymatters.shared.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
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
 * The one way to print a page as a PDF: a Thymeleaf template written as XHTML (usually
 * built from the same fragments as the page it prints), filled with its variables and
 * turned into a PDF by openhtmltopdf, answered inline and never kept by the browser's
 * cache.
 */
@Component
public class PdfPages {

	private final ITemplateEngine templates;

	private final ApplicationContext application;

	PdfPages(ITemplateEngine templates, ApplicationContext application) {
		this.templates = templates;
		this.application = application;
	}

	/** The template filled with the variables, as a PDF. */
	public byte[] render(String template, Map<String, Object> variables) {
		var context = new Context();
		// Fragments may call beans (@planLabels, @networkLabels), which a context outside
		// a request lacks.
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(application, null));
		variables.forEach(context::setVariable);
		var html = templates.process(template, context);
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

	/** A PDF as the answer to a request: shown in the browser, under this file name. */
	public ResponseEntity<byte[]> inline(String filename, byte[] pdf) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(filename).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(pdf);
	}

}
