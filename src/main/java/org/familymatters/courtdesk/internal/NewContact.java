package org.familymatters.courtdesk.internal;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A contact at a court desk as the volunteer records it, before it is checked. Any field
 * may be null; {@link ContactRecording} says what is missing or wrong, naming each field
 * as the contact form does. Without agreement to be contacted the {@code details} are
 * ignored and never stored.
 *
 * @param idempotencyKey made when the form was opened; the same key from the same
 * volunteer is stored once
 * @param metAt when the person was met, in the service's time zone (Europe/London)
 * @param relationship who came, by their relationship to the defendant
 * @param outcome what happened in court
 * @param sentenceBand how long the sentence is, kept only when a sentence was passed
 * @param firstTimeInCustody kept only when the defendant goes into custody
 * @param children how many children are affected (0 to 20)
 * @param childrenUnder5 of them, how many under 5 (none when null)
 * @param children5To11 of them, how many aged 5 to 11 (none when null)
 * @param children12To17 of them, how many aged 12 to 17 (none when null)
 * @param concerns the need areas raised, as terms of the directory's needs taxonomy
 * @param leaflets the leaflets handed over
 * @param services the directory services the person was told about
 * @param emotionalSupport whether emotional support was given
 * @param agreesToContact whether the person agrees to be contacted (and so referred)
 * @param details who they are and how to reach them; only with agreement
 */
public record NewContact(UUID idempotencyKey, LocalDateTime metAt, Relationship relationship, Outcome outcome,
		SentenceBand sentenceBand, FirstTimeInCustody firstTimeInCustody, Integer children, Integer childrenUnder5,
		Integer children5To11, Integer children12To17, List<UUID> concerns, Set<Leaflet> leaflets, List<UUID> services,
		Boolean emotionalSupport, Boolean agreesToContact, Details details) {

	public NewContact {
		concerns = (concerns != null) ? concerns.stream().distinct().toList() : List.of();
		leaflets = (leaflets != null) ? Set.copyOf(leaflets) : Set.of();
		services = (services != null) ? services.stream().distinct().toList() : List.of();
	}

	/** Whether the person said yes to being contacted. */
	public boolean agreed() {
		return Boolean.TRUE.equals(agreesToContact);
	}

	/**
	 * The person's details, given only when they agree to be contacted.
	 *
	 * @param givenName their first name
	 * @param familyName their last name
	 * @param phone a phone number (a phone number, an e-mail address or both)
	 * @param email an e-mail address
	 * @param localityId where the family lives: the locality whose support workers get
	 * the referral
	 * @param bestTime when best to call (optional)
	 * @param explained the volunteer has explained how the details will be used, and the
	 * person agrees
	 */
	public record Details(String givenName, String familyName, String phone, String email, UUID localityId,
			String bestTime, boolean explained) {
	}

}
