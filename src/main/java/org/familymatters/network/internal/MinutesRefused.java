package org.familymatters.network.internal;

import java.io.Serial;

/**
 * Minutes, or an action agreed, refused for the state of the meeting: a meeting that has
 * not happened, or minutes already published (a correction starts the next version). The
 * message says what happened in words a page shows.
 */
public class MinutesRefused extends RuntimeException {

	@Serial
	private static final long serialVersionUID = 1L;

	public MinutesRefused(String message) {
		super(message);
	}

}
