package org.familymatters.shared.privacy;

import java.util.Arrays;
import java.util.Optional;

/**
 * The fields of a person's record that a rectification request can correct through the
 * decision page: the family module's person (names, date of birth, phone, e-mail) and the
 * household's address. The code is the field's name on the family forms, so the same
 * input rules check it.
 */
public enum CorrectableField {

	GIVEN_NAME("givenName", "First name", false), FAMILY_NAME("familyName", "Family name", false),
	OTHER_NAMES("otherNames", "Other names", false), DATE_OF_BIRTH("dateOfBirth", "Date of birth", false),
	PHONE("phone", "Phone number", false), EMAIL("email", "Email address", false),
	ADDRESS_LINE_1("addressLine1", "Address line 1", true), ADDRESS_LINE_2("addressLine2", "Address line 2", true),
	TOWN("town", "Town or city", true), POSTCODE("postcode", "Postcode", true);

	private final String code;

	private final String label;

	private final boolean household;

	CorrectableField(String code, String label, boolean household) {
		this.code = code;
		this.label = label;
		this.household = household;
	}

	/** The field's name on the family forms, as the event carries it. */
	public String code() {
		return code;
	}

	public String label() {
		return label;
	}

	/** Whether the field is the household's (the family's address), not the person's. */
	public boolean household() {
		return household;
	}

	/** Whether an empty value is refused (a person always has a name). */
	public boolean required() {
		return this == GIVEN_NAME || this == FAMILY_NAME;
	}

	public static Optional<CorrectableField> ofCode(String code) {
		return Arrays.stream(values()).filter(f -> f.code.equals(code)).findFirst();
	}

}
