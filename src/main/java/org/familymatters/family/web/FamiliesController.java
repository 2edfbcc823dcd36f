package org.familymatters.family.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.familymatters.consent.AccessDecision;
import org.familymatters.family.FamilyRecords;
import org.familymatters.family.FamilyView;
import org.familymatters.family.Person;
import org.familymatters.family.internal.FamilyListing;
import org.familymatters.shared.security.SignedIn;
import org.familymatters.shared.security.SignedInUser;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

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

	private final FamilyRecords records;

	private final FamilyListing listing;

	private final AccessDecision access;

	FamiliesController(FamilyRecords records, FamilyListing listing, AccessDecision access) {
		this.records = records;
		this.listing = listing;
		this.access = access;
	}

	@GetMapping
	@PreAuthorize("hasRole('SUPPORT_WORKER')")
	String list(@ModelAttribute("form") FamilySearchForm form, BindingResult result,
			@RequestParam(name = "page", required = false) String page, @AuthenticationPrincipal SignedInUser user,
			Model model) {
		var q = FamilyFormCheck.search(form, result);
		var scope = access.supportScope();
		var found = (scope.none() || result.hasErrors()) ? new Page<FamilyListing.Row>(List.of(), 1, PAGE_SIZE, 0)
				: listing.find(scope.all() ? null : scope.locality(), user.id(), q, pageNumber(page), PAGE_SIZE);
		model.addAttribute("families", found);
		model.addAttribute("pageUrl", "/families?q=" + URLEncoder.encode((q != null) ? q : "", StandardCharsets.UTF_8));
		return "family/list";
	}

	@GetMapping("/{id}")
	String view(@PathVariable UUID id, Model model) {
		var view = records.view(id);
		model.addAttribute("view", view);
		model.addAttribute("householdRows", householdRows(view));
		model.addAttribute("schoolNames", listing.schoolNames());
		model.addAttribute("peopleById",
				view.people().stream().collect(Collectors.toMap(Person::id, Person::fullName)));
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

	static int pageNumber(String page) {
		try {
			return (page != null) ? Math.max(1, Math.min(10_000, Integer.parseInt(page.strip()))) : 1;
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

}
