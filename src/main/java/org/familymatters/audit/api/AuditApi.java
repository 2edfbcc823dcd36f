package org.familymatters.audit.api;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.familymatters.audit.internal.AuditEvent;
import org.familymatters.audit.internal.AuditQuery;
import org.familymatters.audit.internal.AuditSearch;
import org.familymatters.shared.security.AdministratorsOnly;
import org.familymatters.shared.web.BadRequest;
import org.familymatters.shared.web.Page;

import org.springframework.format.annotation.DateTimeFormat;
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
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "1") int page,
			@RequestParam(name = "per_page", defaultValue = "50") int perPage) {
		if (page < 1) {
			throw new BadRequest("page", "page must be 1 or more");
		}
		if (perPage < 1 || perPage > MAX_PAGE_SIZE) {
			throw new BadRequest("per_page", "per_page must be from 1 to " + MAX_PAGE_SIZE);
		}
		if (from != null && to != null && to.isBefore(from)) {
			throw new BadRequest("to", "to must not be before from");
		}
		return audit.search(new AuditQuery(actor, action, recordType, recordId, from, to, page, perPage));
	}

}
