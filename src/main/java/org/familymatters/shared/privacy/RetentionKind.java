package org.familymatters.shared.privacy;

/**
 * The kinds of record the retention schedule covers, each with how long it is kept by
 * default, the shortest and longest period an administrator may set, what happens when
 * the period ends, and the law or guidance behind it (ADR 0016). The privacy notice and
 * the consent form are written from this, as is the data dictionary's retention column.
 */
public enum RetentionKind {

	/** Requests for support (self-referrals and referrals) that were never accepted. */
	UNACCEPTED_REQUESTS("Requests for support that were never accepted", "the day the request arrived", 12, 6, 24,
			Action.DELETE,
			"UK GDPR article 5(1)(e), storage limitation: kept long enough to answer a late reply or a "
					+ "complaint, then deleted; the counts of requests are kept."),

	/**
	 * A court desk contact's name, phone and e-mail: the contact itself names nobody and
	 * stays for the statistics.
	 */
	COURT_DESK_CONTACT_DETAILS("Court desk contact details",
			"the day they were recorded (deleted sooner, once the referral made from them is decided)", 12, 1, 24,
			Action.DELETE,
			"UK GDPR article 5(1)(c) and (e), data minimisation and storage limitation: given only so that "
					+ "a support worker can make contact; the contact, which names nobody, is kept for the "
					+ "court desk statistics."),

	/** A family's record after its support has closed. */
	CLOSED_FAMILIES("Family records after support has closed", "the day the family's support was closed", 72, 24, 300,
			Action.ANONYMISE,
			"Limitation Act 1980 section 2 (six years for a claim about the support given); records of "
					+ "children are never kept past the period without a safeguarding hold; the needs, "
					+ "outcomes and counts the reports use are kept without anyone's identity."),

	/** Bookings, attendance and feedback of training sessions. */
	TRAINING_BOOKINGS("Training bookings, attendance and feedback", "the day of the session", 36, 12, 72,
			Action.ANONYMISE,
			"UK GDPR article 5(1)(e): kept while an attendee may ask for a certificate again; the sector, "
					+ "role and confidence figures the reach report uses are kept without names."),

	/** The audit trail: kept longer than any record it describes. */
	AUDIT_EVENTS("The audit trail of who saw or changed a record", "the day of the event", 312, 84, 360, Action.DELETE,
			"UK GDPR articles 5(2) and 30 (accountability) and DPA 2018 section 62 (logging): kept longer "
					+ "than the longest-kept record it describes (a family record, at most 25 years after "
					+ "closure), so that who saw a record can always be answered while the record exists.");

	/** What happens to a record when its period ends. */
	public enum Action {

		DELETE("deleted"), ANONYMISE("made anonymous");

		private final String words;

		Action(String words) {
			this.words = words;
		}

		public String words() {
			return words;
		}

	}

	private final String label;

	private final String startsFrom;

	private final int defaultMonths;

	private final int minimumMonths;

	private final int maximumMonths;

	private final Action action;

	private final String basis;

	RetentionKind(String label, String startsFrom, int defaultMonths, int minimumMonths, int maximumMonths,
			Action action, String basis) {
		this.label = label;
		this.startsFrom = startsFrom;
		this.defaultMonths = defaultMonths;
		this.minimumMonths = minimumMonths;
		this.maximumMonths = maximumMonths;
		this.action = action;
		this.basis = basis;
	}

	public String label() {
		return label;
	}

	/** When the period starts, in words that follow "counted from". */
	public String startsFrom() {
		return startsFrom;
	}

	public int defaultMonths() {
		return defaultMonths;
	}

	/**
	 * The shortest period an administrator may set: the law or guidance needs this long.
	 */
	public int minimumMonths() {
		return minimumMonths;
	}

	/** The longest period an administrator may set: keeping it longer has no reason. */
	public int maximumMonths() {
		return maximumMonths;
	}

	public Action action() {
		return action;
	}

	/** The law or guidance behind the period, and what is kept when the period ends. */
	public String basis() {
		return basis;
	}

	/** Whether a number of months may be set for this kind. */
	public boolean allows(int months) {
		return months >= minimumMonths && months <= maximumMonths;
	}

}
