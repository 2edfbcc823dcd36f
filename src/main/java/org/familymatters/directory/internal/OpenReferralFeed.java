package org.familymatters.directory.internal;

import java.io.InputStream;
import java.io.Serial;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Reads an Open Referral UK feed as JSON: a file, or the lists and records of another
 * directory's API, page by page, through {@link FeedFetcher} (public https addresses
 * only, size and time capped). What it reads is parsed by {@link OpenReferralParser}.
 */
@Component
public class OpenReferralFeed {

	/**
	 * At most this many pages are read from an API, so that a feed that never ends still
	 * does.
	 */
	static final int MAX_PAGES = 1_000;

	/** The most services asked for a page: as many as this service's own API gives. */
	static final int PER_PAGE = 100;

	private final JsonMapper json;

	private final FeedFetcher fetcher;

	OpenReferralFeed(JsonMapper json, FeedFetcher fetcher) {
		this.json = json;
		this.fetcher = fetcher;
	}

	/**
	 * A file's JSON.
	 * @throws Unreadable when it is not JSON
	 */
	public JsonNode readFile(InputStream file) {
		try {
			return json.readTree(file);
		}
		catch (JacksonException ex) {
			throw new Unreadable("The file is not JSON that can be read: " + firstLine(ex));
		}
	}

	/**
	 * Every item of every page of one of an API's lists, following page_number until the
	 * last page.
	 * @throws Unreadable when a page cannot be read, or is not a page
	 */
	public List<JsonNode> pages(String list) {
		var items = new ArrayList<JsonNode>();
		for (int page = 1; page <= MAX_PAGES; page++) {
			var body = read(list + "?page=" + page + "&per_page=" + PER_PAGE);
			var contents = body.path("contents");
			if (!contents.isArray()) {
				throw new Unreadable(list + " did not answer with a page of contents.");
			}
			contents.forEach(items::add);
			if (contents.isEmpty() || body.path("last_page").asBoolean(true)
					|| page >= body.path("total_pages").asInt(page)) {
				break;
			}
		}
		return items;
	}

	/**
	 * One record of an API.
	 * @throws Unreadable when it cannot be fetched, or is not JSON (what it said is not
	 * repeated)
	 */
	public JsonNode read(String address) {
		URI uri;
		try {
			uri = URI.create(address);
		}
		catch (IllegalArgumentException ex) {
			throw new Unreadable("Could not fetch " + address + ": it is not a web address");
		}
		var body = fetcher.get(uri);
		try {
			return json.readTree(body);
		}
		catch (JacksonException ex) {
			throw new Unreadable("Could not read " + address + ": the answer is not JSON");
		}
	}

	/** The first line of what went wrong, for a report. */
	static String firstLine(Throwable e) {
		var message = (e.getMessage() != null) ? e.getMessage() : e.getClass().getSimpleName();
		var end = message.indexOf('\n');
		return (end < 0) ? message : message.substring(0, end);
	}

	/** The feed as a whole cannot be read; the message says why, for the report. */
	public static final class Unreadable extends RuntimeException {

		@Serial
		private static final long serialVersionUID = 1L;

		Unreadable(String message) {
			super(message);
		}

	}

}
