package org.familymatters.family.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a timeline entry records. The first five are the support worker's own entries (the
 * "Add to the timeline" form); a visit, call or letter may also be the family's contact
 * with the person in custody ({@link #CONTACT}), and family days and parenting programme
 * sessions are recorded only by their own forms, with who took part.
 */
public enum TimelineKind {

	CALL("Call"), VISIT("Visit"), MEETING("Meeting"), LETTER("Letter"), NOTE("Note"), FAMILY_DAY("Family day"),
	PARENTING_SESSION("Parenting programme session");

	/** As the database writes them. */
	public static final Set<String> CODES = Arrays.stream(values()).map(TimelineKind::code).collect(Collectors.toSet());

	/** The kinds the "Add to the timeline" form offers. */
	public static final List<TimelineKind> GENERAL = List.of(CALL, VISIT, MEETING, LETTER, NOTE);

	/** The kinds of the family's contact with the person in custody. */
	public static final List<TimelineKind> CONTACT = List.of(VISIT, FAMILY_DAY, CALL, LETTER);

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

	/**
	 * The label of the family's contact with the person in custody, of a kind as the
	 * database writes it.
	 */
	public static String contactLabelOf(String code) {
		return switch ((code != null) ? code : "") {
			case "visit" -> "Prison visit";
			case "family_day" -> "Family day";
			case "call" -> "Call with the person in custody";
			case "letter" -> "Letter with the person in custody";
			default -> labelOf(code);
		};
	}

}
