package org.familymatters.audit.web;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Locale;

import org.familymatters.audit.Basis;
import org.familymatters.audit.internal.AuditChainVerification;
import org.familymatters.audit.internal.ChainReport;
import org.familymatters.shared.security.AdministratorsOnly;
import org.familymatters.shared.time.ServiceTime;
import org.familymatters.shared.web.SummaryRow;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Administrators check that nobody has changed the audit trail: the page seals what has
 * been committed, walks the whole hash chain and says whether it is unbroken, or where it
 * first breaks and what is wrong there (ADR 0019). Each check is audited.
 */
@Controller
@AdministratorsOnly
class AuditChainController {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm:ss", Locale.UK)
		.withZone(ServiceTime.ZONE);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
		.withZone(ServiceTime.ZONE);

	private final AuditChainVerification verification;

	AuditChainController(AuditChainVerification verification) {
		this.verification = verification;
	}

	@GetMapping("/admin/audit-chain")
	String check(Model model) {
		var report = verification.check(Basis.ROLE, "ADMINISTRATOR");
		model.addAttribute("report", report);
		model.addAttribute("headline", headline(report));
		model.addAttribute("rows", rows(report));
		if (!report.unbroken()) {
			var broken = report.firstBreak();
			model.addAttribute("breakRows",
					java.util.List.of(SummaryRow.of("Event", "Event " + broken.eventId()),
							SummaryRow.of("When it was recorded", when(broken.occurredAt())),
							SummaryRow.of("What is wrong", capitalised(broken.words())),
							SummaryRow.of("Its place in the chain", number(broken.position()))));
		}
		return "audit/chain";
	}

	static String headline(ChainReport report) {
		if (!report.unbroken()) {
			return "The audit trail has been changed: it breaks at event " + report.firstBreak().eventId();
		}
		return "Unbroken: " + number(report.checked()) + ((report.checked() == 1) ? " event" : " events")
				+ ((report.upTo() != null) ? " up to " + when(report.upTo()) : "");
	}

	private static java.util.List<SummaryRow> rows(ChainReport report) {
		var rows = new ArrayList<SummaryRow>();
		rows.add(SummaryRow.of(report.unbroken() ? "Events checked" : "Events whole before the break",
				number(report.checked())));
		if (report.upTo() != null) {
			rows.add(SummaryRow.of("The last of them", when(report.upTo())));
		}
		rows.add(SummaryRow.of("Where the chain starts",
				(report.removedBefore() != null)
						? "Position " + number(report.firstPosition()) + ": events before "
								+ DAY.format(report.removedBefore()) + " were removed when their retention period ended"
						: "Its first event: none has been removed"));
		rows.add(SummaryRow.of("Recorded in the last few seconds, not yet sealed into the chain",
				number(report.unsealed())));
		return rows;
	}

	private static String when(Instant at) {
		return WHEN.format(at);
	}

	private static String number(long n) {
		return NumberFormat.getIntegerInstance(Locale.UK).format(n);
	}

	private static String capitalised(String words) {
		return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1) + ".";
	}

}
