package org.familymatters.courtdesk.web;

import java.util.UUID;
import java.util.function.Predicate;

import org.familymatters.shared.input.Input;
import org.familymatters.shared.web.FormCheck;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the court desk lists share: every list pages through all it finds (no cap), 25 a
 * page; a page number that is not one shows the first page, and one past the last says so
 * (the template {@code courtdesk/paging}); a court filter that is not a court on record
 * is shown by its field, never a server error.
 */
final class Lists {

	/** Rows a page. */
	static final int PAGE_SIZE = 25;

	/** Where the filters' messages start. */
	static final String PREFIX = "courtdesk.filter";

	private Lists() {
	}

	/**
	 * The page asked for, from 1; the first when it is not a whole number of 1 or more.
	 */
	static int pageNumber(String page) {
		return Input.wholeNumber(page, 1, Integer.MAX_VALUE).toOptional().orElse(1);
	}

	/**
	 * The court a list is filtered by, null for every court; a value that is not a court
	 * on record is put on the field {@code court}.
	 */
	static UUID court(FormCheck check, String court, Predicate<UUID> onRecord) {
		var id = check.identifier("court", court);
		if (id != null && !onRecord.test(id)) {
			check.reject("court", "unknown");
			return null;
		}
		return id;
	}

	/** A list's address with its filters, for the pagination to add a page to. */
	static String address(String path, UUID court, String show) {
		var address = UriComponentsBuilder.fromPath(path);
		if (court != null) {
			address.queryParam("court", court);
		}
		if (show != null) {
			address.queryParam("show", show);
		}
		return address.build().toUriString();
	}

}
