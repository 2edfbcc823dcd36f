package org.familymatters.shared.generate;

import java.util.UUID;

/**
 * The identifiers of generated records, the same in every module and every run, so that
 * one module's generator can refer to another's records without reading its tables:
 * family {@code n} (1 to {@link DataSize#families()}) is {@code family(n)}, its people
 * are {@code person(3n-2)} (the person in custody), {@code person(3n-1)} (a parent or
 * carer) and {@code person(3n)} (a child), and support worker {@code k} is
 * {@code supportWorker(k)}. In SQL the same identifiers are
 * {@code (PREFIX || lpad(to_hex(n), 12, '0'))::uuid} with the prefixes below.
 */
public final class GeneratedIds {

	/** The prefix of generated families' identifiers. */
	public static final String FAMILY = "00000000-0000-4000-8000-";

	/** The prefix of generated people' identifiers. */
	public static final String PERSON = "00000000-0000-4000-9000-";

	/** The prefix of generated support workers' identifiers. */
	public static final String SUPPORT_WORKER = "00000000-0000-4000-a000-";

	/** The prefix of generated localities' identifiers. */
	public static final String LOCALITY = "00000000-0000-4000-b000-";

	/** The prefix of generated organisations' identifiers. */
	public static final String ORGANISATION = "00000000-0000-4000-b100-";

	private GeneratedIds() {
	}

	public static UUID family(long n) {
		return id(FAMILY, n);
	}

	public static UUID person(long n) {
		return id(PERSON, n);
	}

	public static UUID supportWorker(long n) {
		return id(SUPPORT_WORKER, n);
	}

	public static UUID locality(long n) {
		return id(LOCALITY, n);
	}

	public static UUID organisation(long n) {
		return id(ORGANISATION, n);
	}

	/**
	 * The SQL expression for the identifier with this prefix of the number in
	 * {@code column}.
	 */
	public static String sql(String prefix, String column) {
		return "('" + prefix + "' || lpad(to_hex(" + column + "), 12, '0'))::uuid";
	}

	private static UUID id(String prefix, long n) {
		return UUID.fromString(prefix + "%012x".formatted(n));
	}

}
