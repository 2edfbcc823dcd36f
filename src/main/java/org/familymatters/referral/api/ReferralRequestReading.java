package org.familymatters.referral.api;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.familymatters.family.FamilyRole;
import org.familymatters.referral.NewReferral;
import org.familymatters.referral.ReferralProblem;
import org.familymatters.referral.ReferralSource;
import org.familymatters.referral.api.ReferralApi.PersonRequest;
import org.familymatters.referral.api.ReferralApi.ReferralRequest;
import org.familymatters.shared.input.Input;

/**
 * Reads a referral the API was sent into a {@link NewReferral} with the service's input
 * rules (the same as the forms'): a source and a role among their codes, identifiers,
 * dates in ISO 8601. What cannot even be read is a problem named by its field; the texts
 * are left for the intake's rules. Pure: tested without Spring.
 */
final class ReferralRequestReading {

	private ReferralRequestReading() {
	}

	/** The referral a request describes, and what could not be read in it. */
	static Read read(ReferralRequest request) {
		var body = (request != null) ? request
				: new ReferralRequest(null, null, null, null, null, null, null, null, null, null, null, null);
		var problems = new ArrayList<ReferralProblem>();
		var source = Input.choice(body.source(), ReferralSource::ofCode);
		if (source.failed()) {
			problems.add(new ReferralProblem("source", "referral.source.required"));
		}
		var people = new ArrayList<NewReferral.Person>();
		var typed = (body.people() != null) ? body.people() : List.<PersonRequest>of();
		for (int i = 0; i < typed.size(); i++) {
			people.add(person(typed.get(i), "people[" + i + "].", problems));
		}
		var referral = new NewReferral(source.value(), body.referrerName(), body.referrerEmail(), body.referrerPhone(),
				identifier(body.referrerOrganisationId(), "referrerOrganisationId", "referral.organisation.unknown",
						problems),
				body.referrerOrganisationName(),
				identifier(body.localityId(), "localityId", "referral.locality.required", problems), people,
				body.reason(), identifiers(body.needs(), "needs", "referral.needs.unknown", problems),
				identifiers(body.criteria(), "criteria", "referral.criteria.unknown", problems),
				Boolean.TRUE.equals(body.consentToContact()));
		return new Read(referral, List.copyOf(problems));
	}

	private static NewReferral.Person person(PersonRequest p, String prefix, List<ReferralProblem> problems) {
		if (p == null) {
			return new NewReferral.Person(null, null, null, null, null, null, null, null, null, null);
		}
		var dateOfBirth = Input.isoDate(p.dateOfBirth());
		if (dateOfBirth.failed()) {
			problems.add(new ReferralProblem(prefix + "dateOfBirth", "date.invalid"));
		}
		var role = Input.choice(p.role(), FamilyRole.class);
		if (role.failed()) {
			problems.add(new ReferralProblem(prefix + "role", "referral.person.role.required"));
		}
		return new NewReferral.Person(p.givenName(), p.familyName(), p.otherNames(), dateOfBirth.value(),
				p.relationship(), role.value(), p.phone(), p.email(), p.address(), p.postcode());
	}

	private static UUID identifier(String value, String field, String code, List<ReferralProblem> problems) {
		var id = Input.identifier(value);
		if (id.failed()) {
			problems.add(new ReferralProblem(field, code));
		}
		return id.value();
	}

	/** Identifiers, each given and readable; the first that is not is a problem. */
	private static List<UUID> identifiers(List<String> values, String field, String code,
			List<ReferralProblem> problems) {
		var ids = new ArrayList<UUID>();
		for (var value : (values != null) ? values : List.<String>of()) {
			var id = Input.identifier(value).required();
			if (id.failed()) {
				problems.add(new ReferralProblem(field, code));
				break;
			}
			ids.add(id.value());
		}
		return ids;
	}

	/** A request read: the referral, and the problems met reading it. */
	record Read(NewReferral referral, List<ReferralProblem> problems) {
	}

}
