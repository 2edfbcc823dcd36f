package org.familymatters.network.internal;

import java.util.Arrays;
import java.util.Optional;

/** The documents a network keeps in versions. */
public enum DocumentKind {

	/** What the network is for, who belongs, how it meets and shares. */
	TERMS("terms", "terms", "Terms of reference"),

	/** The form parents and carers sign to consent to the network sharing. */
	CONSENT_FORM("consent_form", "consent-form", "Consent form");

	private final String code;

	private final String slug;

	private final String label;

	DocumentKind(String code, String slug, String label) {
		this.code = code;
		this.slug = slug;
		this.label = label;
	}

	/** As the table keeps it. */
	public String code() {
		return code;
	}

	/** As the pages' addresses name it. */
	public String slug() {
		return slug;
	}

	/** What the pages call it. */
	public String label() {
		return label;
	}

	/** The kind an address names; empty for anything else. */
	public static Optional<DocumentKind> ofSlug(String slug) {
		return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
	}

}
