package org.familymatters.directory.internal;

import java.util.UUID;

import org.familymatters.directory.ServiceSummary;

/**
 * Family Matters' own services (the court desks, and the support the service gives) are
 * those of the Thames Valley Partnership, the home of Family Matters, in the starting
 * content: families ask for them through "Ask for support" rather than by a number.
 */
public final class OwnServices {

	/** The Thames Valley Partnership, in the directory's starting content. */
	public static final UUID ORGANISATION = UUID.fromString("8a3d2c10-0000-4000-8000-000000000006");

	/** Where families ask Family Matters for support. */
	public static final String ASK_FOR_SUPPORT = "/ask-for-support";

	private OwnServices() {
	}

	public static boolean isOwn(ServiceSummary service) {
		return ORGANISATION.equals(service.organizationId());
	}

}
