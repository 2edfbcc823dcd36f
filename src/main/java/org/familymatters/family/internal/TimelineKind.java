package org.familymatters.family.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** What a timeline entry records. */
public enum TimelineKind {

	CALL("Call"), VISIT("Visit"), MEETING("Meeting"), LETTER("Letter"), NOTE("Note");

	/** As the database writes them. */
	public static final Set<String> CODES = Arrays.stream(values()).map(TimelineKind::code).collect(Collectors.toSet());

	private final String label;

	TimelineKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The label of a kind as the database writes it. */
	public static String labelOf(String code) {
		return (code != null) ? valueOf(code.toUpperCase(Locale.ROOT)).label() : "";
	}

}
