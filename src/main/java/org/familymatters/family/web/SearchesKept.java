package org.familymatters.family.web;

import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpSession;

/**
 * Search words kept in the person's session, so that names never travel in an address
 * (issue 12): a search form posts the words, they are kept here under a short random key,
 * and the list's address (and each of its pages) carries only the key. A session keeps
 * the last {@value #KEPT} searches; a key from another session finds nothing.
 */
final class SearchesKept {

	static final String ATTRIBUTE = "familymatters.family.searches";

	static final int KEPT = 10;

	private static final SecureRandom RANDOM = new SecureRandom();

	private SearchesKept() {
	}

	/** Keeps the words; returns the key the list's address carries. */
	static String keep(HttpSession session, String words) {
		var key = Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36);
		var kept = new LinkedHashMap<String, String>(searches(session));
		kept.put(key, words);
		while (kept.size() > KEPT) {
			kept.remove(kept.keySet().iterator().next());
		}
		// Set again (never changed in place), so that a session kept in the database
		// saves
		// it.
		session.setAttribute(ATTRIBUTE, kept);
		return key;
	}

	/**
	 * The words kept under the key; null for no key or one this session does not know.
	 */
	static String find(HttpSession session, String key) {
		if (session == null || key == null || key.isBlank()) {
			return null;
		}
		return searches(session).get(key);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String> searches(HttpSession session) {
		var kept = session.getAttribute(ATTRIBUTE);
		return (kept instanceof Map<?, ?> map) ? (Map<String, String>) map : Map.of();
	}

}
