package org.familymatters.audit.web;

import java.util.Optional;

import org.familymatters.audit.internal.AuditQuery;
import org.familymatters.shared.web.FormCheck;

import org.springframework.validation.BindingResult;

/**
 * Checks the audit search form: every field is optional; the dates must be real, and the
 * "to" date not before the "from" date. Pure: unit-tested without Spring.
 */
final class AuditSearchFormCheck {

	/** The longest text a search field takes: longer matches nothing anyway. */
	static final int MAX = 200;

	private AuditSearchFormCheck() {
	}

	/**
	 * The search the form asks for (page {@code page} of {@code pageSize} events), or
	 * empty with each problem put on its field.
	 */
	static Optional<AuditQuery> check(AuditSearchForm form, BindingResult result, int page, int pageSize) {
		var check = FormCheck.of(result, "audit");
		var actor = check.text("actor", form.getActor(), MAX);
		var action = check.text("action", form.getAction(), MAX);
		var recordType = check.text("recordType", form.getRecordType(), MAX);
		var recordId = check.text("recordId", form.getRecordId(), MAX);
		var from = check.date("from", form.getFrom());
		var to = check.date("to", form.getTo());
		if (from != null && to != null && to.isBefore(from)) {
			check.reject("to", "beforeFrom");
		}
		if (check.failed()) {
			return Optional.empty();
		}
		return Optional.of(new AuditQuery(actor, action, recordType, recordId, from, to, Math.max(1, page), pageSize));
	}

}
