package org.familymatters.audit.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.familymatters.audit.internal.AuditQuery;
import org.familymatters.audit.internal.AuditSearch;
import org.familymatters.shared.security.CurrentUser;
import org.familymatters.shared.security.SignedInUser;
import org.familymatters.shared.web.HomeContribution;
import org.familymatters.shared.web.HomeSection;

import org.springframework.stereotype.Component;

/**
 * What the audit module puts on an administrator's home page: today's events, the
 * refusals among them, and the way into the trail.
 */
@Component
class AuditHome implements HomeContribution {

	/** The authority of administrators, the only people who read the trail. */
	static final String ADMINISTRATORS = "ROLE_ADMINISTRATOR";

	private final AuditSearch audit;

	private final CurrentUser currentUser;

	private final Clock clock;

	AuditHome(AuditSearch audit, CurrentUser currentUser, Clock clock) {
		this.audit = audit;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	@Override
	public List<HomeSection> sections(SignedInUser user) {
		if (!currentUser.authorities().contains(ADMINISTRATORS)) {
			return List.of();
		}
		var today = LocalDate.now(clock);
		var counts = audit.day(today);
		var items = new ArrayList<HomeSection.Item>();
		if (counts.refused() > 0) {
			items.add(new HomeSection.Item("Refused today",
					AuditController.address("/admin/audit",
							new AuditQuery(null, null, null, null, today, today, AuditQuery.Outcome.REFUSED, 1, 1)),
					(counts.refused() == 1) ? "1 event" : counts.refused() + " events"));
		}
		items.add(new HomeSection.Item("Everything today",
				AuditController.address("/admin/audit", new AuditQuery(null, null, null, null, today, today, 1, 1)),
				(counts.events() == 1) ? "1 event" : counts.events() + " events"));
		var summary = ((counts.events() == 1) ? "1 event" : counts.events() + " events") + " recorded today, "
				+ ((counts.refused() == 0) ? "none of them refused." : counts.refused() + " of them refused.");
		return List.of(new HomeSection("Audit trail", null, summary, items,
				List.of(HomeSection.Action.link("Search the audit trail", "/admin/audit"),
						HomeSection.Action.link("Check nobody has changed the audit trail", "/admin/audit-chain")),
				40));
	}

}
