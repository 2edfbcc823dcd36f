package org.familymatters.plan.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import org.familymatters.identity.Role;
import org.familymatters.plan.internal.Caseload;
import org.familymatters.shared.security.CurrentUser;
import org.familymatters.shared.security.SignedInUser;
import org.familymatters.shared.web.HomeContribution;
import org.familymatters.shared.web.HomeSection;

import org.springframework.stereotype.Component;

/**
 * What the plan module puts on a support worker's home page: in the families they are key
 * worker for, plan reviews due, overdue actions, and families with no plan after 28 days;
 * each a count, a few links, and the full caseload. Each family shown is audited as
 * CASELOAD_LISTED.
 */
@Component
class PlanHome implements HomeContribution {

	static final int SHOWN = 5;

	private final Caseload caseload;

	private final CurrentUser currentUser;

	private final PlanLabels labels = new PlanLabels();

	PlanHome(Caseload caseload, CurrentUser currentUser) {
		this.caseload = caseload;
		this.currentUser = currentUser;
	}

	@Override
	public List<HomeSection> sections(SignedInUser user) {
		if (!currentUser.has(Role.SUPPORT_WORKER)) {
			return List.of();
		}
		var rows = caseload.rows();
		var sections = new ArrayList<HomeSection>();
		var shown = new ArrayList<Caseload.Row>();
		section(rows, Caseload.Row::reviewDue, "Plan reviews due",
				"Reviews due within " + Caseload.REVIEW_DAYS + " days, or past.",
				r -> "Review due " + labels.date(r.nextReviewOn()), 121, sections, shown);
		section(rows, r -> r.overdueActions() > 0, "Overdue actions in your families",
				"Families whose plan has actions past their due date.",
				r -> r.overdueActions() + ((r.overdueActions() == 1) ? " overdue action" : " overdue actions"), 122,
				sections, shown);
		section(rows, Caseload.Row::noPlanTooLong, "Families with no plan after " + Caseload.NO_PLAN_DAYS + " days",
				"Families started more than " + Caseload.NO_PLAN_DAYS + " days ago with no support plan yet.",
				r -> "Started " + labels.date(r.startedOn()), 123, sections, shown);
		if (sections.isEmpty() && !rows.isEmpty()) {
			sections.add(new HomeSection("Your caseload", null,
					"No plan review is due, no action is overdue, and every family has a plan.", List.of(),
					List.of(HomeSection.Action.link("Your caseload", "/plans/caseload")), 121));
		}
		caseload.shown(shown.stream().distinct().toList(), "home page");
		return sections;
	}

	private static void section(List<Caseload.Row> rows, Predicate<Caseload.Row> which, String heading, String summary,
			Function<Caseload.Row, String> detail, int order, List<HomeSection> sections, List<Caseload.Row> shown) {
		var matching = rows.stream().filter(which).toList();
		if (matching.isEmpty()) {
			return;
		}
		var first = matching.stream().limit(SHOWN).toList();
		shown.addAll(first);
		var items = first.stream()
			.map(r -> new HomeSection.Item(r.reference(), "/families/" + r.familyId() + "/plan",
					((r.names() != null) ? r.names() + ". " : "") + detail.apply(r)))
			.toList();
		sections.add(new HomeSection(heading, matching.size(), summary, items,
				List.of(HomeSection.Action.link("Your caseload", "/plans/caseload")), order));
	}

}
