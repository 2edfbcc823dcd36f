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

	/** The username of generated support worker {@code k}: {@code gen-support-<k>}. */
	public static String supportWorkerUsername(long k) {
		return "gen-support-" + k;
	}

	/**
	 * The key worker of family {@code n} (1 to {@link DataSize#supportWorkers()}): the
	 * families are dealt out to the workers in turn, so a caseload is about forty.
	 */
	public static int keyWorkerOf(DataSize size, long n) {
		return (int) ((n - 1) % size.supportWorkers()) + 1;
	}

	/**
	 * The locality of support worker {@code k} (1 to {@link DataSize#localities()}): the
	 * workers are dealt out to the localities in turn.
	 */
	public static int localityOfWorker(DataSize size, long k) {
		return (int) ((k - 1) % size.localities()) + 1;
	}

	/** The locality of family {@code n}: its key worker's. */
	public static int localityOf(DataSize size, long n) {
		return localityOfWorker(size, keyWorkerOf(size, n));
	}

	/** {@link #keyWorkerOf} in SQL, of the family number in {@code column}. */
	public static String keyWorkerOfSql(DataSize size, String column) {
		return "((" + column + " - 1) % " + size.supportWorkers() + " + 1)";
	}

	/** {@link #localityOfWorker} in SQL, of the worker number in {@code column}. */
	public static String localityOfWorkerSql(DataSize size, String column) {
		return "((" + column + " - 1) % " + size.localities() + " + 1)";
	}

	/** {@link #localityOf} in SQL, of the family number in {@code column}. */
	public static String localityOfSql(DataSize size, String column) {
		return localityOfWorkerSql(size, keyWorkerOfSql(size, column));
	}

	/**
	 * Whether family {@code n} is closed (four in ten are; one in ten is newly referred,
	 * the rest active).
	 */
	public static boolean closed(long n) {
		return n % 10 >= 6;
	}

	/**
	 * How many days before the day of generation family {@code n} was started: within the
	 * last two months for a new referral, within ten years for the others.
	 */
	public static int startedDaysAgo(long n) {
		if (n % 10 == 0) {
			return mix(n, 1, 60);
		}
		return closed(n) ? endedDaysAgo(n) + 90 + mix(n, 3, 900) : 60 + mix(n, 4, 3560);
	}

	/**
	 * How many days before the day of generation family {@code n} was closed (within the
	 * last six years, so that none is due for anonymising yet), or 0 while it is open.
	 */
	public static int endedDaysAgo(long n) {
		return closed(n) ? mix(n, 2, 2000) : 0;
	}

	/** {@link #startedDaysAgo} in SQL, of the family number in {@code column}. */
	public static String startedDaysAgoSql(String column) {
		return "(case when (" + column + ") % 10 = 0 then " + mixSql(column, 1, 60) + " when (" + column
				+ ") % 10 >= 6 then " + endedDaysAgoSql(column) + " + 90 + " + mixSql(column, 3, 900) + " else 60 + "
				+ mixSql(column, 4, 3560) + " end)";
	}

	/** {@link #endedDaysAgo} in SQL, of the family number in {@code column}. */
	public static String endedDaysAgoSql(String column) {
		return "(case when (" + column + ") % 10 >= 6 then " + mixSql(column, 2, 2000) + " else 0 end)";
	}

	/**
	 * A number from 0 to {@code modulus - 1} that {@code n} and {@code salt} give, spread
	 * evenly (Knuth's multiplicative hashing), the same in Java and in SQL.
	 */
	static int mix(long n, int salt, int modulus) {
		return Math.floorMod(n * 2654435761L + salt * 7919L, modulus);
	}

	static String mixSql(String column, int salt, int modulus) {
		return "(((" + column + ")::bigint * 2654435761 + " + (salt * 7919L) + ") % " + modulus + ")::int";
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
