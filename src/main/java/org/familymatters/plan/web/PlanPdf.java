package org.familymatters.plan.web;

import java.util.Map;

import org.familymatters.plan.internal.PlanPrints.PlanPrint;
import org.familymatters.shared.web.PdfPages;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The printed support plan: {@code plan/plan-pdf}, an XHTML Thymeleaf template built from
 * the same fragments as the plan page ({@code plan/parts}), printed by {@link PdfPages},
 * for the family or for one agency.
 */
@Component
class PlanPdf {

	private final PdfPages pdfs;

	PlanPdf(PdfPages pdfs) {
		this.pdfs = pdfs;
	}

	byte[] render(PlanPrint print) {
		return pdfs.render("plan/plan-pdf", Map.of("print", print));
	}

	/** The print as a PDF response, named after the family's reference (and reader). */
	ResponseEntity<byte[]> response(PlanPrint print, String reader) {
		return pdfs.inline("support-plan-" + print.familyReference() + "-" + reader + ".pdf", render(print));
	}

}
