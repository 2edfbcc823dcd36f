package org.familymatters.audit.api;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.familymatters.audit.internal.AuditEvent;
import org.familymatters.audit.internal.AuditQuery;
import org.familymatters.audit.internal.AuditSearch;
import org.familymatters.shared.input.Checked;
import org.familymatters.shared.input.Input;
import org.familymatters.shared.security.AdministratorsOnly;
import org.familymatters.shared.web.BadRequest;
import org.familymatters.shared.web.Page;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail for administrators' tools. */
@RestController
@RequestMapping("/api/audit-events")
@Tag(name = "Audit", description = "Who saw or changed which record, when, and on what basis")
@SecurityRequirement(name = "bearer")
class AuditApi {

	static final int MAX_PAGE_SIZE = 200;

	/** The longest text a filter takes, as on the audit page. */
	static final int MAX_TEXT = 200;

	private final AuditSearch audit;

	AuditApi(AuditSearch audit) {
		this.audit = audit;
	}

	@AdministratorsOnly
	@GetMapping
	@Operation(summary = "Search the audit trail, newest first")
	Page<AuditEvent> search(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(name = "record_type", required = false) String recordType,
			@RequestParam(name = "record_id", required = false) String recordId,
			@RequestParam(required = false) @Parameter(schema = @Schema(type = "string", format = "date")) String from,
			@RequestParam(required = false) @Parameter(schema = @Schema(type = "string", format = "date")) String to,
			@RequestParam(required = false) @Parameter(
					schema = @Schema(allowableValues = { "ALLOWED", "REFUSED" })) String outcome,
			@RequestParam(defaultValue = "1") int page,
			@RequestParam(name = "per_page", defaultValue = "50") int perPage) {
		if (page < 1) {
			throw new BadRequest("page", "page must be 1 or more");
		}
		if (perPage < 1 || perPage > MAX_PAGE_SIZE) {
			throw new BadRequest("per_page", "per_page must be from 1 to " + MAX_PAGE_SIZE);
		}
		var fromDay = date("from", from);
		var toDay = date("to", to);
		if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
			throw new BadRequest("to", "to must not be before from");
		}
		var chosen = Input.choice(outcome, AuditQuery.Outcome.class);
		if (chosen.failed()) {
			throw new BadRequest("outcome", "outcome must be ALLOWED or REFUSED");
		}
		return audit
			.search(new AuditQuery(text("actor", actor), text("action", action), text("record_type", recordType),
					text("record_id", recordId), fromDay, toDay, chosen.value(), page, perPage));
	}

	/** A filter's text by the input rules; a bad one is refused naming the parameter. */
	private static String text(String parameter, String value) {
		return valueOf(parameter, Input.text(value, MAX_TEXT));
	}

	private static LocalDate date(String parameter, String value) {
		var checked = Input.isoDate(value);
		if (checked.failed()) {
			throw new BadRequest(parameter, parameter + " must be a date like 2026-03-27");
		}
		return checked.value();
	}

	private static <T> T valueOf(String parameter, Checked<T> checked) {
		if (!checked.failed()) {
			return checked.value();
		}
		throw new BadRequest(parameter, switch (checked.problem()) {
			case TOO_LONG -> parameter + " must be at most " + checked.limit() + " characters";
			case CONTROL_CHARACTERS -> parameter + " must not hold control characters";
			default -> parameter + " is not valid";
		});
	}

}
