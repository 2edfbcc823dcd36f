package org.familymatters.network.internal;

import java.io.Serial;

/**
 * A change to a network refused by one of its rules (a name already taken, someone who is
 * a member already, a user without an organisation): the form shows {@code code} (a
 * message key under the form's prefix) by {@code field}, and nothing is saved.
 */
public class NetworkRefused extends RuntimeException {

	@Serial
	private static final long serialVersionUID = 1L;

	private final String field;

	private final String code;

	public NetworkRefused(String field, String code) {
		super("Refused: " + field + " " + code);
		this.field = field;
		this.code = code;
	}

	/** The form's field the refusal is shown by. */
	public String field() {
		return field;
	}

	/** What is wrong, as the last part of a message key. */
	public String code() {
		return code;
	}

}
