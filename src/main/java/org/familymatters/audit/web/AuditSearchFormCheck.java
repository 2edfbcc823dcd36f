package org.familymatters.audit.web;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.familymatters.audit.internal.AuditQuery;
import org.familymatters.shared.web.FormCheck;

import org.springframework.validation.BindingResult;

/**
 * Checks the audit search form: every field is optional; the texts by the input rules;
 * the action and the record type chosen from their lists (any code of their shape is
 * taken, so that events of an action no module records any more can still be found); the
 * outcome allowed or refused; the dates real, and the "to" date not before the "from"
 * date. Pure: unit-tested without Spring.
 */
final class AuditSearchFormCheck {

	/** The longest text a search field takes: longer matches nothing anyway. */
	static final int MAX = 200;

	/** What an action's code looks like ({@code USER_CREATED}). */
	static final Pattern ACTION = Pattern.compile("[A-Z][A-Z0-9_]{0,99}");

	/** What a record type looks like ({@code court_desk_contact}). */
	static final Pattern RECORD_TYPE = Pattern.compile("[a-z][a-z0-9_]{0,99}");

	private AuditSearchFormCheck() {
	}

	/**
	 * The search the form asks for (page {@code page} of {@code pageSize} events), or
	 * empty with each problem put on its field.
	 */
	static Optional<AuditQuery> check(AuditSearchForm form, BindingResult result, int page, int pageSize) {
		var check = FormCheck.of(result, "audit");
		var actor = check.text("actor", form.getActor(), MAX);
		var action = check.choice("action", form.getAction(), code -> shaped(code.toUpperCase(Locale.ROOT), ACTION));
		var recordType = check.choice("recordType", form.getRecordType(),
				type -> shaped(type.toLowerCase(Locale.ROOT), RECORD_TYPE));
		var recordId = check.text("recordId", form.getRecordId(), MAX);
		var outcome = check.choice("outcome", form.getOutcome(), AuditQuery.Outcome.class);
		var from = check.date("from", form.getFrom());
		var to = check.date("to", form.getTo());
		if (from != null && to != null && to.isBefore(from)) {
			check.reject("to", "beforeFrom");
		}
		if (check.failed()) {
			return Optional.empty();
		}
		return Optional
			.of(new AuditQuery(actor, action, recordType, recordId, from, to, outcome, Math.max(1, page), pageSize));
	}

	private static Optional<String> shaped(String value, Pattern shape) {
		return shape.matcher(value).matches() ? Optional.of(value) : Optional.empty();
	}

}
