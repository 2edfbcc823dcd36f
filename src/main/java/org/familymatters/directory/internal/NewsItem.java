package org.familymatters.directory.internal;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A news item or newsletter of the Partnership: its body is Markdown, shown with the
 * guides' safe rendering. A draft is seen by its editors only.
 *
 * @param slug its address under {@code /news/}
 * @param publishedOn the date it is published under; null for a draft never published
 * @param version the optimistic lock: a save from an older one is refused
 */
public record NewsItem(UUID id, Kind kind, String slug, String title, String summary, String body, Status status,
		LocalDate publishedOn, long version, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

	/** The longest title accepted. */
	public static final int TITLE_MAX = 150;

	/** The longest summary accepted. */
	public static final int SUMMARY_MAX = 300;

	/** The longest body accepted. */
	public static final int BODY_MAX = 50_000;

	/** The longest address accepted. */
	public static final int SLUG_MAX = 100;

	/** Words of an address: lower-case letters and digits, joined by single dashes. */
	private static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

	/** Addresses under {@code /news/} that are pages of their own. */
	private static final String RESERVED = "manage";

	public boolean published() {
		return status == Status.PUBLISHED;
	}

	/** Where the public read it. */
	public String href() {
		return "/news/" + slug;
	}

	/**
	 * Whether a typed address may be used: words of lower-case letters and digits joined
	 * by dashes, not too long, and not a page of its own.
	 */
	public static boolean isSlug(String slug) {
		return slug != null && slug.length() <= SLUG_MAX && SLUG.matcher(slug).matches() && !RESERVED.equals(slug);
	}

	/**
	 * The address a title makes: "Autumn newsletter: what's new" becomes
	 * "autumn-newsletter-whats-new"; accents dropped, at most {@link #SLUG_MAX}
	 * characters; "news" when nothing is left.
	 */
	public static String slugOf(String title) {
		var plain = Normalizer.normalize((title != null) ? title : "", Normalizer.Form.NFKD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("['’]", "")
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-+|-+$", "");
		if (plain.length() > SLUG_MAX) {
			plain = plain.substring(0, SLUG_MAX).replaceAll("-+$", "");
		}
		if (plain.isEmpty() || RESERVED.equals(plain)) {
			return plain.isEmpty() ? "news" : plain + "-1";
		}
		return plain;
	}

	/** A news item or a newsletter. */
	public enum Kind {

		NEWS("news", "News"), NEWSLETTER("newsletter", "Newsletter");

		private final String code;

		private final String label;

		Kind(String code, String label) {
			this.code = code;
			this.label = label;
		}

		public String code() {
			return code;
		}

		public String label() {
			return label;
		}

		public static Optional<Kind> fromCode(String code) {
			return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
		}

	}

	/** Seen by its editors only, or by everyone. */
	public enum Status {

		DRAFT("draft", "Draft"), PUBLISHED("published", "Published");

		private final String code;

		private final String label;

		Status(String code, String label) {
			this.code = code;
			this.label = label;
		}

		public String code() {
			return code;
		}

		public String label() {
			return label;
		}

		public static Optional<Status> fromCode(String code) {
			return Arrays.stream(values()).filter(status -> status.code.equals(code)).findFirst();
		}

	}

	/**
	 * What an editor writes. Checked again on save: the same rules as the form's.
	 *
	 * @param slug the address; null to make it from the title
	 * @param publishedOn the date to publish under; null for today when published
	 */
	public record Draft(Kind kind, String slug, String title, String summary, String body, Status status,
			LocalDate publishedOn) {
	}

}
