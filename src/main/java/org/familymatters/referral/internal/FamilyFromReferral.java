package org.familymatters.referral.internal;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

import org.familymatters.family.FromReferral;
import org.familymatters.family.NewFamily;
import org.familymatters.family.NewPerson;
import org.familymatters.referral.ReferralSource;
import org.familymatters.shared.time.ServiceTime;

/**
 * What a family accepted from a referral keeps of it, so that nothing the family or the
 * referrer told us is lost:
 * <ul>
 * <li>the household's address and postcode are those of the first person named who gave
 * either (on the public form, the person asking); the address is split into lines at its
 * line breaks, or else at its commas: the first part is the first line, the last part
 * (when there are two or more) the town, and any parts between the second line;</li>
 * <li>the best time to call goes to the household;</li>
 * <li>each person keeps their phone number and e-mail address;</li>
 * <li>the story (the reason), the needs seen, the best time to call and, for a referral
 * from someone outside the family, who referred it and how to reach them, become the
 * family's first timeline entry, dated when the referral arrived;</li>
 * <li>the family keeps the referral's id and reference, and the referral the
 * family's.</li>
 * </ul>
 * Pure: tested without Spring.
 */
public final class FamilyFromReferral {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
		.withZone(ServiceTime.ZONE);

	private FamilyFromReferral() {
	}

	/** The household: the first address or postcode given, and the best time to call. */
	public static NewFamily.Household household(Referral r) {
		var from = r.people().stream().filter(p -> p.address() != null || p.postcode() != null).findFirst();
		var lines = split(from.map(Referral.Person::address).orElse(null));
		return new NewFamily.Household(lines.line1(), lines.line2(), lines.town(),
				from.map(Referral.Person::postcode).orElse(null), r.bestTimeToCall());
	}

	/**
	 * An address typed as one text split into lines: at line breaks when it has any, else
	 * at commas; first part the first line, last part the town, the rest the second line.
	 */
	public static Lines split(String address) {
		if (address == null || address.isBlank()) {
			return new Lines(null, null, null);
		}
		var separator = (address.indexOf('\n') != -1) ? "\\r?\\n" : ",";
		var parts = Arrays.stream(address.split(separator)).map(String::strip).filter(p -> !p.isEmpty()).toList();
		return switch (parts.size()) {
			case 0 -> new Lines(null, null, null);
			case 1 -> new Lines(parts.get(0), null, null);
			case 2 -> new Lines(parts.get(0), null, parts.get(1));
			default -> new Lines(parts.get(0), String.join(", ", parts.subList(1, parts.size() - 1)),
					parts.get(parts.size() - 1));
		};
	}

	/** A person named, as the family module takes them, with their contact details. */
	public static NewPerson person(Referral.Person p) {
		return new NewPerson(p.givenName(), p.familyName(), p.otherNames(), p.dateOfBirth(), p.phone(), p.email(),
				p.relationship(), p.role(), null, null);
	}

	/** The link to the referral, with its story for the family's timeline. */
	public static FromReferral origin(Referral r) {
		return new FromReferral(r.id(), r.reference(), r.createdAt(), story(r));
	}

	/**
	 * The referral's story as the family's timeline entry: where it came from and when,
	 * what is happening, what would help, the best time to call and who referred.
	 */
	public static String story(Referral r) {
		var paragraphs = new ArrayList<String>();
		paragraphs.add("From referral " + r.reference() + " (" + r.source().label().toLowerCase(Locale.UK)
				+ "), received " + DAY.format(r.createdAt()) + ".");
		paragraphs.add(((r.source() != ReferralSource.SELF) ? "Why they were referred: " : "What is happening: ")
				+ r.reason());
		var facts = new ArrayList<String>();
		if (!r.needs().isEmpty()) {
			facts.add("What would help: " + String.join(", ", r.needs()) + ".");
		}
		if (r.bestTimeToCall() != null) {
			facts.add("Best time to call: " + r.bestTimeToCall() + ".");
		}
		if (r.source() != ReferralSource.SELF) {
			facts.add("Referred by " + String.join(", ",
					Stream.of(r.referrerName(), r.referrerOrganisationName(), r.referrerEmail(), r.referrerPhone())
						.filter(Objects::nonNull)
						.toList())
					+ ".");
		}
		if (!facts.isEmpty()) {
			paragraphs.add(String.join("\n", facts));
		}
		return String.join("\n\n", paragraphs);
	}

	/** The people named, as the family module takes them, in the referral's order. */
	public static List<NewPerson> people(Referral r) {
		return r.people().stream().map(FamilyFromReferral::person).toList();
	}

	/** An address in lines; any may be null. */
	public record Lines(String line1, String line2, String town) {
	}

}
