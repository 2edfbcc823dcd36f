package org.familymatters.shared.input;

/**
 * What is wrong with a value someone typed or sent. Each problem has a message code
 * ({@code input.<problem>}) whose words say how to put it right; a form may give a field
 * its own words under {@code <form>.<field>.<problem>}.
 */
public enum InputProblem {

	/** Nothing was given where something is needed. */
	REQUIRED("required"),
	/** Longer than the field takes. */
	TOO_LONG("tooLong"),
	/** Holds characters no keyboard types: NUL and other control characters. */
	CONTROL_CHARACTERS("controlCharacters"),
	/** Not one of the choices offered, or not the identifier of one. */
	UNKNOWN_CHOICE("unknownChoice"),
	/** Not an email address. */
	EMAIL("email"),
	/** Not a UK phone number. */
	PHONE("phone"),
	/** Not a full UK postcode. */
	POSTCODE("postcode"),
	/** Not a time of day on the 24-hour clock. */
	TIME("time"),
	/** Not a real date with a day, a month and a four-digit year. */
	DATE("date"),
	/** Not a whole number in the range the field takes. */
	NUMBER("number"),
	/** Not a web address starting http:// or https://. */
	WEB_ADDRESS("webAddress");

	private final String key;

	InputProblem(String key) {
		this.key = key;
	}

	/** The message code that says how to put it right, whatever the field. */
	public String code() {
		return "input." + key;
	}

	/**
	 * The message code for one field of one form, e.g. {@code family.postcode.postcode}.
	 */
	public String codeFor(String prefix) {
		return prefix + "." + key;
	}

}
