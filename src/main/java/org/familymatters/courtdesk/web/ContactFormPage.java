package org.familymatters.courtdesk.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

import org.familymatters.courtdesk.internal.Coded;
import org.familymatters.courtdesk.internal.ContactRules;
import org.familymatters.courtdesk.internal.FirstTimeInCustody;
import org.familymatters.courtdesk.internal.Leaflet;
import org.familymatters.courtdesk.internal.Outcome;
import org.familymatters.courtdesk.internal.Relationship;
import org.familymatters.courtdesk.internal.SentenceBand;
import org.familymatters.directory.ServiceCriteria;
import org.familymatters.directory.ServiceDetails;
import org.familymatters.directory.ServiceSearch;
import org.familymatters.directory.Taxonomies;
import org.familymatters.identity.Localities;
import org.familymatters.shared.input.Input;
import org.familymatters.shared.web.FormCheck;
import org.familymatters.shared.web.Option;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The contact form's choices: the court desk's own, the directory's needs (the same list
 * the referral form offers), the localities, and the directory services chosen or found
 * by a short search that re-renders the form with everything typed kept.
 */
@Component
class ContactFormPage {

	/** How many services a search offers. */
	static final int FOUND = 8;

	private final Taxonomies taxonomies;

	private final ServiceSearch search;

	private final ServiceDetails services;

	private final Localities localities;

	ContactFormPage(Taxonomies taxonomies, ServiceSearch search, ServiceDetails services, Localities localities) {
		this.taxonomies = taxonomies;
		this.search = search;
		this.services = services;
		this.localities = localities;
	}

	String form(String view, ContactForm form, Model model) {
		model.addAttribute("relationshipOptions", coded(Relationship.values()));
		model.addAttribute("outcomeOptions", coded(Outcome.values()));
		model.addAttribute("bandOptions", coded(SentenceBand.values()));
		model.addAttribute("firstTimeOptions", coded(FirstTimeInCustody.values()));
		model.addAttribute("leafletOptions", coded(Leaflet.values()));
		model.addAttribute("concernOptions",
				taxonomies.allTerms().stream().map(t -> new Option(t.id().toString(), t.name(), null)).toList());
		model.addAttribute("yesNoOptions", List.of(new Option("yes", "Yes", null), new Option("no", "No", null)));
		model.addAttribute("localityOptions",
				localities.findAllOrdered()
					.stream()
					.map(l -> new Option(l.id().toString(), l.name() + " (" + l.county() + ")", null))
					.toList());
		model.addAttribute("explainedOptions",
				List.of(new Option("yes", "I have explained how their details will be used and they agree", null)));
		if (!model.containsAttribute("serviceOptions")) {
			model.addAttribute("serviceOptions", chosenServices(form));
		}
		model.addAttribute("maxChildren", ContactRules.MAX_CHILDREN);
		return view;
	}

	/**
	 * The services already chosen, then those the search finds, as checkboxes; search
	 * text that cannot be searched for is put on its field.
	 */
	void findServices(ContactForm form, FormCheck check, Model model) {
		var options = new ArrayList<>(chosenServices(form));
		var text = ContactFormCheck.serviceSearch(form, check);
		var found = (text != null) ? search
			.search(new ServiceCriteria(text, null, null, null, null, null, null, null, false, null, null, null, 1,
					FOUND))
			.items()
			.stream()
			.map(s -> new Option(s.id().toString(), s.name(), s.organizationName()))
			.filter(o -> options.stream().noneMatch(chosen -> chosen.value().equals(o.value())))
			.toList() : List.<Option>of();
		options.addAll(found);
		model.addAttribute("serviceOptions", options);
		model.addAttribute("searched", text);
		model.addAttribute("foundCount", found.size());
	}

	/** The chosen services that exist, by name. */
	private List<Option> chosenServices(ContactForm form) {
		var options = new ArrayList<Option>();
		var ids = new LinkedHashSet<>((form.getServices() != null) ? form.getServices() : List.<String>of());
		for (var value : ids) {
			var id = Input.identifier(value).value();
			if (id == null) {
				continue;
			}
			services.find(id)
				.ifPresent(s -> options
					.add(new Option(id.toString(), s.summary().name(), s.summary().organizationName())));
		}
		return options;
	}

	private static List<Option> coded(Coded[] values) {
		return Arrays.stream(values).map(v -> new Option(v.code(), v.label(), null)).toList();
	}

}
