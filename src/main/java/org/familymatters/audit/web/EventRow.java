package org.familymatters.audit.web;

import java.util.ArrayList;
import java.util.List;

import org.familymatters.audit.internal.AuditActions;
import org.familymatters.audit.internal.AuditEvent;

/**
 * One event as the audit page shows it: its action in words, and its codes cut into the
 * pieces a line may break after (after each underscore or colon), so that a long code
 * wraps at its words rather than widening the table or breaking mid-word.
 *
 * @param event the event
 * @param words its action in words (its code when no module records it any more)
 * @param action its action's code, in pieces
 * @param basis its basis and reference ({@code ROLE: ADMINISTRATOR}), in pieces
 */
record EventRow(AuditEvent event, String words, List<String> action, List<String> basis) {

	static EventRow of(AuditEvent event, AuditActions actions) {
		return new EventRow(event, actions.describe(event.action()), pieces(event.action()),
				pieces(event.basis() + ((event.basisReference() != null) ? ": " + event.basisReference() : "")));
	}

	/** The text cut after each underscore and colon; the pieces joined are the text. */
	static List<String> pieces(String text) {
		var pieces = new ArrayList<String>();
		if (text == null) {
			return pieces;
		}
		int start = 0;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '_' || text.charAt(i) == ':') {
				pieces.add(text.substring(start, i + 1));
				start = i + 1;
			}
		}
		if (start < text.length()) {
			pieces.add(text.substring(start));
		}
		return pieces;
	}

}
