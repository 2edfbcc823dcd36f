package org.familymatters.directory.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.familymatters.shared.input.Input;

/**
 * What the directory's staff lists share: every list pages through all it finds (no cap),
 * a page number that is not one shows the first page, and one past the last says so.
 */
final class StaffLists {

	/** Rows a page. */
	static final int PAGE_SIZE = 25;

	/** Search text a staff list takes. */
	static final int SEARCH_MAX = 200;

	private StaffLists() {
	}

	/**
	 * The page asked for, from 1; the first when it is not a whole number of 1 or more.
	 */
	static int pageNumber(String page) {
		return Input.wholeNumber(page, 1, Integer.MAX_VALUE).toOptional().orElse(1);
	}

	/** The list's address with its search, for the pagination to add a page to. */
	static String address(String path, String q) {
		return (q != null) ? path + "?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) : path;
	}

}
