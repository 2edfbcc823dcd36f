package org.familymatters.plan.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.familymatters.plan.internal.PlanPrints.PlanPrint;
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
 * The printed support plan: {@code plan/plan-pdf}, an XHTML Thymeleaf template built from
 * the same fragments as the plan page ({@code plan/parts}), turned into a PDF by
 * openhtmltopdf, for the family or for one agency.
 */
@Component
class PlanPdf {

	private final ITemplateEngine templates;

	private final ApplicationContext application;

	PlanPdf(ITemplateEngine templates, ApplicationContext application) {
		this.templates = templates;
		this.application = application;
	}

	byte[] render(PlanPrint print) {
		var context = new Context();
		// The fragments call beans (@planLabels), which a context outside a request
		// lacks.
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(application, null));
		context.setVariable("print", print);
		var html = templates.process("plan/plan-pdf", context);
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

	/** The print as a PDF response, named after the family's reference (and reader). */
	ResponseEntity<byte[]> response(PlanPrint print, String reader) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline()
						.filename("support-plan-" + print.familyReference() + "-" + reader + ".pdf")
						.build()
						.toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(render(print));
	}

}
