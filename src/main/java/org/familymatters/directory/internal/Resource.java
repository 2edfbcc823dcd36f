package org.familymatters.directory.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A publication, policy report or framework, training or consultancy package, or piece of
 * media that the resources page lists, with a summary in our own words.
 *
 * @param publisher who published it; null when the sources do not say
 * @param url where to find it; null when we have no address we are sure of
 * @param topic the need it is about, from the needs taxonomy; null for none
 */
public record Resource(UUID id, Kind kind, String title, String publisher, String summary, String url,
		List<Audience> audiences, Topic topic, Status status, long version, Instant createdAt, String createdBy,
		Instant updatedAt, String updatedBy) {

	/** The longest title accepted. */
	public static final int TITLE_MAX = 200;

	/** The longest publisher accepted. */
	public static final int PUBLISHER_MAX = 200;

	/** The longest summary accepted. */
	public static final int SUMMARY_MAX = 1000;

	/** The longest web address accepted. */
	public static final int URL_MAX = 500;

	public boolean archived() {
		return status == Status.ARCHIVED;
	}

	/** The audiences as a person reads them: "Families, Practitioners". */
	public String audienceLabels() {
		return String.join(", ", audiences.stream().map(Audience::label).toList());
	}

	/** What sort of resource, and so where the resources page lists it. */
	public enum Kind {

		TRAINING("training", "Training or consultancy"), POLICY("policy", "Policy report or framework"),
		PUBLICATION("publication", "Publication"), MEDIA("media", "Video or audio");

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

	/** Who a resource is for. */
	public enum Audience {

		FAMILIES("families", "Families"), CHILDREN("children", "Children and young people"),
		PRACTITIONERS("practitioners", "Practitioners");

		private final String code;

		private final String label;

		Audience(String code, String label) {
			this.code = code;
			this.label = label;
		}

		public String code() {
			return code;
		}

		public String label() {
			return label;
		}

		public static Optional<Audience> fromCode(String code) {
			return Arrays.stream(values()).filter(audience -> audience.code.equals(code)).findFirst();
		}

	}

	/** Shown on the resources page, or kept for the record only. */
	public enum Status {

		ACTIVE("active"), ARCHIVED("archived");

		private final String code;

		Status(String code) {
			this.code = code;
		}

		public String code() {
			return code;
		}

		static Status fromCode(String code) {
			return Arrays.stream(values()).filter(status -> status.code.equals(code)).findFirst().orElseThrow();
		}

	}

	/** A term of the needs taxonomy. */
	public record Topic(UUID id, String name) {
	}

}
