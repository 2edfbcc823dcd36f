package org.familymatters.referral.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.familymatters.directory.Taxonomies;
import org.familymatters.family.FamilyRole;
import org.familymatters.identity.Localities;
import org.familymatters.identity.Locality;
import org.familymatters.identity.Organisations;
import org.familymatters.referral.ReferralIntake;
import org.familymatters.referral.ReferralProblem;
import org.familymatters.referral.ReferralRefused;
import org.familymatters.referral.ReferralSource;
import org.familymatters.referral.internal.ReferralCriteria;
import org.familymatters.shared.input.Input;
import org.familymatters.shared.web.FormCheck;
import org.familymatters.shared.web.Option;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * The staff referral form's steps (choose the locality, then the form with that
 * locality's criteria), the choices it offers, and sending a referral to the intake with
 * its problems shown by the fields. The form carries an idempotency key made when it is
 * shown: sent twice, it stores one referral.
 */
@Component
class ReferralFormPages {

	/** How many people the form has room for at first. */
	static final int FIRST_SLOTS = 2;

	private final ReferralIntake intake;

	private final ReferralCriteria criteria;

	private final Localities localities;

	private final Organisations organisations;

	private final Taxonomies taxonomies;

	ReferralFormPages(ReferralIntake intake, ReferralCriteria criteria, Localities localities,
			Organisations organisations, Taxonomies taxonomies) {
		this.intake = intake;
		this.criteria = criteria;
		this.localities = localities;
		this.organisations = organisations;
		this.taxonomies = taxonomies;
	}

	/**
	 * The chosen locality, if the form names one that exists; else the form is refused
	 * with {@code missing}, the message that asks for it.
	 */
	Optional<Locality> locality(ReferralForm form, BindingResult result, String missing) {
		var locality = Input.identifier(form.getLocalityId()).toOptional().flatMap(localities::findById);
		if (locality.isEmpty()) {
			FormCheck.of(result, "referral").reject("localityId", missing);
		}
		return locality;
	}

	/** The first step: choose where the family lives. */
	String chooseLocality(String view, Model model) {
		var options = new ArrayList<Option>();
		for (var locality : localities.findAllOrdered()) {
			options.add(new Option(locality.id().toString(), locality.name() + " (" + locality.county() + ")", null));
		}
		model.addAttribute("localityOptions", options);
		model.addAttribute("step", "locality");
		return view;
	}

	/** A new form for the chosen locality, with room for the first people. */
	void start(ReferralForm form, Locality locality) {
		while (form.getPeople().size() < FIRST_SLOTS) {
			form.getPeople().add(new PersonForm());
		}
		form.setLocalityId(locality.id().toString());
		form.setIdempotencyKey(UUID.randomUUID().toString());
	}

	/** The second step: the whole form, with the chosen locality's criteria. */
	String form(String view, ReferralForm form, Locality locality, Model model) {
		while (form.getPeople().size() < 1) {
			form.getPeople().add(new PersonForm());
		}
		model.addAttribute("step", "details");
		model.addAttribute("locality", locality);
		model.addAttribute("criteriaOptions",
				criteria.onForms(locality.id())
					.stream()
					.map(c -> new Option(c.id().toString(), c.text(), null))
					.toList());
		model.addAttribute("needOptions",
				taxonomies.allTerms()
					.stream()
					.map(t -> new Option(t.id().toString(), t.name(), t.description()))
					.toList());
		model.addAttribute("roleOptions",
				Arrays.stream(FamilyRole.values()).map(r -> new Option(r.name(), r.label(), null)).toList());
		model.addAttribute("sourceOptions",
				Arrays.stream(ReferralSource.values())
					.filter(s -> s != ReferralSource.SELF)
					.map(s -> new Option(s.code(), s.label(), null))
					.toList());
		model.addAttribute("organisationOptions",
				organisations.findActiveOrdered().stream().map(o -> Option.of(o.id(), o.name())).toList());
		model.addAttribute("maxPeople", ReferralIntake.MAX_PEOPLE);
		model.addAttribute("consentOptions",
				List.of(new Option("true", "The family agrees to be contacted by a Family Matters support worker",
						"Leave this empty if you have not asked them, or they said no")));
		return view;
	}

	/** Adds room for one more person, if there is room. */
	void addPerson(ReferralForm form) {
		if (form.getPeople().size() < ReferralIntake.MAX_PEOPLE) {
			form.getPeople().add(new PersonForm());
		}
	}

	/**
	 * Reads the form and gives it to the intake; returns the reference when it was saved,
	 * or puts every problem on its field and returns empty, having saved nothing.
	 */
	Optional<ReferralIntake.Received> submit(ReferralForm form, ReferralSource source, BindingResult result) {
		var key = Input.identifier(form.getIdempotencyKey()).toOptional().orElse(null);
		if (key != null) {
			// Sent before with this key (the answer was lost): acknowledged again,
			// whatever
			// the form holds now.
			var earlier = intake.received(key);
			if (earlier.isPresent()) {
				return earlier;
			}
		}
		var check = FormCheck.of(result, "referral");
		var read = ReferralFormCheck.read(form, source, check);
		intake.check(read.referral()).forEach(problem -> reject(check, read, problem));
		if (check.failed()) {
			return Optional.empty();
		}
		try {
			return Optional.of(intake.receive(read.referral(), key));
		}
		catch (ReferralRefused refused) {
			refused.problems().forEach(problem -> reject(check, read, problem));
			return Optional.empty();
		}
	}

	/**
	 * An intake problem on the field it is about, unless the field has a problem already.
	 */
	private static void reject(FormCheck check, ReferralFormCheck.Read read, ReferralProblem problem) {
		var onForm = read.onForm(problem);
		check.reject(onForm.field(), onForm.code());
	}

}
