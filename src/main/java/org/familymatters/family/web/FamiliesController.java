package org.familymatters.family.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpSession;
import org.familymatters.consent.AccessDecision;
import org.familymatters.family.FamilyRecords;
import org.familymatters.family.FamilyRole;
import org.familymatters.family.FamilyView;
import org.familymatters.family.Person;
import org.familymatters.family.internal.FamilyListing;
import org.familymatters.family.internal.FamilyTies;
import org.familymatters.family.internal.PrisonVisitServices;
import org.familymatters.shared.security.SignedIn;
import org.familymatters.shared.security.SignedInUser;
import org.familymatters.shared.web.Option;
import org.familymatters.shared.web.Page;
import org.familymatters.shared.web.SummaryRow;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The families a support worker works with, and a family's record. Any signed-in user may
 * ask for a record; the access decision answers for each family (403 when it refuses,
 * audited either way). The forms that change a record have a controller each: household,
 * people, custody, timeline and attachments.
 */
@Controller
@SignedIn
@RequestMapping("/families")
class FamiliesController {

	static final int PAGE_SIZE = 25;

	private static final List<Option> STATUS_OPTIONS = List.of(Option.of("referred", "Referred"),
			Option.of("active", "Active"), Option.of("closed", "Closed"));

	private final FamilyRecords records;

	private final FamilyListing listing;

	private final AccessDecision access;

	private final FamilyTies ties;

	private final PrisonVisitServices visitServices;

	FamiliesController(FamilyRecords records, FamilyListing listing, AccessDecision access, FamilyTies ties,
			PrisonVisitServices visitServices) {
		this.ties = ties;
		this.visitServices = visitServices;
		this.records = records;
		this.listing = listing;
		this.access = access;
	}

	@GetMapping
	@PreAuthorize("hasRole('SUPPORT_WORKER')")
	String list(@ModelAttribute("form") FamilySearchForm form, BindingResult result, HttpSession session,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		// Search words are never read from the address: only from the session, by key.
		form.setQ(SearchesKept.find(session, form.getSearch()));
		if (form.getQ() == null) {
			form.setSearch(null);
		}
		return list(form, result, user, model);
	}

	/**
	 * A search: the words are checked, kept in the session and the list shown at an
	 * address that carries only their key and the filters.
	 */
	@PostMapping
	@PreAuthorize("hasRole('SUPPORT_WORKER')")
	String search(@ModelAttribute("form") FamilySearchForm form, BindingResult result, HttpSession session,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		var words = FamilyFormCheck.search(form, result);
		if (result.hasErrors()) {
			return list(form, result, user, model);
		}
		form.setSearch((words != null) ? SearchesKept.keep(session, words) : null);
		form.setPage(null);
		return "redirect:" + address("/families", form, false);
	}

	private String list(FamilySearchForm form, BindingResult result, SignedInUser user, Model model) {
		var scope = access.supportScope();
		var localities = listing.localities();
		var allowed = localities.stream()
			.map(FamilyListing.Choice::id)
			.filter(scope::covers)
			.collect(Collectors.toSet());
		var filters = FamilyFormCheck.filters(form, allowed, result);
		int page = pageNumber(form.getPage());
		var found = (scope.none() || result.hasErrors() || page < 1)
				? new Page<FamilyListing.Row>(List.of(), 1, PAGE_SIZE, 0)
				: listing.find(new FamilyListing.Listing(scope.all() ? null : scope.locality(), user.id(), form.getQ(),
						filters.status(), filters.locality(), filters.mine()), page, PAGE_SIZE);
		model.addAttribute("families", found);
		model.addAttribute("pageProblem", pageProblem(page, found));
		model.addAttribute("pageUrl", address("/families", form, true));
		model.addAttribute("statusOptions", STATUS_OPTIONS);
		model.addAttribute("localityOptions",
				scope.all() ? localities.stream().map(c -> Option.of(c.id(), c.name())).toList() : List.of());
		model.addAttribute("mineOptions", List.of(new Option("true", "Only families I am key worker for", null)));
		return "family/list";
	}

	/**
	 * What to say when the page asked for is not a page of the list: a number that is not
	 * one, or a page past the last; null when it is a page.
	 */
	static String pageProblem(int page, Page<?> found) {
		if (page < 1) {
			return "There is no such page. Go to the first page of the list.";
		}
		if (page > 1 && page > found.totalPages()) {
			return "There is no page " + page + ": the list has " + found.totalPages()
					+ ((found.totalPages() != 1) ? " pages." : " page.");
		}
		return null;
	}

	/** The list's address with the search's key and the filters, never the words. */
	static String address(String path, FamilySearchForm form, boolean withPage) {
		var address = UriComponentsBuilder.fromPath(path);
		for (var part : new String[][] { { "search", form.getSearch() }, { "status", form.getStatus() },
				{ "locality", form.getLocality() }, { "mine", form.getMine() } }) {
			if (part[1] != null && !part[1].isBlank()) {
				address.queryParam(part[0], part[1].strip());
			}
		}
		if (withPage) {
			address.queryParam("page", 1);
		}
		return address.encode().build().toUriString();
	}

	@GetMapping("/{id}")
	String view(@PathVariable UUID id, Model model) {
		var view = records.view(id);
		model.addAttribute("view", view);
		model.addAttribute("householdRows", householdRows(view));
		model.addAttribute("schoolNames", listing.schoolNames());
		model.addAttribute("peopleById",
				view.people().stream().collect(Collectors.toMap(Person::id, Person::fullName)));
		model.addAttribute("children", view.people().stream().filter(p -> p.role() == FamilyRole.CHILD).toList());
		// What stands in the way of contact: to those who may change the family, as
		// decided above.
		model.addAttribute("barriers", view.access().mayChange() ? ties.barriers(id) : List.of());
		boolean inCustody = view.custody().stream().anyMatch(c -> c.releasedOn() == null);
		model.addAttribute("inCustody", inCustody);
		model.addAttribute("visitServices", inCustody ? visitServices.near(view.family().localityId()) : List.of());
		return "family/view";
	}

	private static List<SummaryRow> householdRows(FamilyView view) {
		var family = view.family();
		var labels = new FamilyLabels();
		var change = view.access().mayChange() ? "/families/" + family.id() + "/household" : null;
		var rows = new ArrayList<SummaryRow>();
		rows.add(SummaryRow.of("Reference", family.reference()));
		rows.add(SummaryRow.of("Locality", family.localityName()));
		rows.add(row("Status",
				labels.status(family.status()) + ((family.closedReason() != null) ? ": " + family.closedReason() : ""),
				change));
		if (view.showsHousehold()) {
			rows.add(row("Where the family stands", labels.stage(family.journeyStage()), change));
			rows.add(row("Key worker", (family.keyWorkerName() != null) ? family.keyWorkerName() : "None yet", change));
			var address = new ArrayList<String>();
			for (var part : new String[] { family.addressLine1(), family.addressLine2(), family.town(),
					family.postcode() }) {
				if (part != null && !part.isBlank()) {
					address.add(part);
				}
			}
			rows.add(row("Address", address.isEmpty() ? "Not recorded" : String.join(", ", address), change));
			if (family.bestTimeToCall() != null) {
				rows.add(SummaryRow.of("Best time to call", family.bestTimeToCall()));
			}
		}
		rows.add(SummaryRow.of("Last changed", labels.when(family.updatedAt())));
		return rows;
	}

	private static SummaryRow row(String key, String value, String change) {
		return new SummaryRow(key, value, change, (change != null) ? "Change" : null);
	}

	/**
	 * The page asked for: 1 when none is; 0 for anything that is not a whole number from
	 * 1 (the list then says there is no such page).
	 */
	static int pageNumber(String page) {
		if (page == null || page.isBlank()) {
			return 1;
		}
		try {
			int number = Integer.parseInt(page.strip());
			return (number >= 1 && number <= 1_000_000) ? number : 0;
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

}
