package org.familymatters.identity.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.familymatters.identity.Localities;
import org.familymatters.identity.Role;
import org.familymatters.identity.internal.RoleGrants;
import org.familymatters.identity.internal.UserSearch;
import org.familymatters.shared.security.CurrentUser;
import org.familymatters.shared.security.SignedInUser;
import org.familymatters.shared.time.ServiceTime;
import org.familymatters.shared.web.HomeContribution;
import org.familymatters.shared.web.HomeSection;

import org.springframework.stereotype.Component;

/**
 * What identity puts on an administrator's home page: the roles another administrator
 * asked for, which wait for them to approve or refuse; the users, with any whose signing
 * in is locked; and the organisations and localities.
 */
@Component
class AdministratorHome implements HomeContribution {

	/** The most things listed in a section; its link leads to them all. */
	static final int SHOWN = 5;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
		.withZone(ServiceTime.ZONE);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'on' d MMMM", Locale.UK)
		.withZone(ServiceTime.ZONE);

	private final RoleGrants grants;

	private final UserSearch users;

	private final Localities localities;

	private final CurrentUser currentUser;

	AdministratorHome(RoleGrants grants, UserSearch users, Localities localities, CurrentUser currentUser) {
		this.grants = grants;
		this.users = users;
		this.localities = localities;
		this.currentUser = currentUser;
	}

	@Override
	public List<HomeSection> sections(SignedInUser user) {
		if (!currentUser.has(Role.ADMINISTRATOR)) {
			return List.of();
		}
		return List.of(roleGrants(user), users(), organisations());
	}

	private HomeSection roleGrants(SignedInUser user) {
		var pending = grants.pending();
		var theirs = pending.stream().filter(grant -> !grant.requestedById().equals(user.id())).toList();
		long mine = pending.size() - theirs.size();
		var items = theirs.stream()
			.limit(SHOWN)
			.map(grant -> new HomeSection.Item(
					grant.displayName() + " (" + grant.username() + "): " + grant.role().label(),
					"/admin/users/" + grant.userId(),
					"Asked for by " + grant.requestedBy() + " on " + DAY.format(grant.requestedAt())))
			.toList();
		var summary = new StringBuilder(theirs.isEmpty() ? "Nothing waits for your approval."
				: "Another administrator asked to give these roles, which see families' records. "
						+ "Approve or refuse each on the user's page.");
		if (mine > 0) {
			summary.append(" ")
				.append((mine == 1) ? "1 role you asked for waits" : mine + " roles you asked for wait")
				.append(" for another administrator.");
		}
		var actions = (theirs.size() > SHOWN)
				? List.of(HomeSection.Action.link("All " + theirs.size() + " roles waiting", "/admin/users"))
				: List.<HomeSection.Action>of();
		return new HomeSection("Roles waiting for your approval", theirs.size(), summary.toString(), items, actions,
				10);
	}

	private HomeSection users() {
		var counts = users.counts();
		var locked = users.lockedNow();
		var items = locked.stream()
			.limit(SHOWN)
			.map(lock -> new HomeSection.Item("Signing in locked: " + lock.displayName() + " (" + lock.username() + ")",
					"/admin/users/" + lock.id(), "Until " + TIME.format(lock.until()) + ": unlock it on their page"))
			.toList();
		var summary = plural(counts.enabled(), "active user", "active users")
				+ ((counts.disabled() != 0) ? ", " + counts.disabled() + " disabled." : ".") + (locked.isEmpty() ? ""
						: " " + plural(locked.size(), "user is", "users are") + " locked out of signing in.");
		return new HomeSection("Users", (int) counts.enabled(), summary, items,
				List.of(HomeSection.Action.link("Find a user", "/admin/users"),
						HomeSection.Action.link("Add a user", "/admin/users/new")),
				20);
	}

	private HomeSection organisations() {
		var counts = users.organisationCounts();
		var summary = plural(counts.enabled(), "active organisation", "active organisations")
				+ ((counts.disabled() != 0) ? ", " + counts.disabled() + " no longer active" : "") + "; "
				+ plural(localities.count(), "locality", "localities") + ".";
		return new HomeSection("Organisations", (int) counts.enabled(), summary, List.of(),
				List.of(HomeSection.Action.link("All organisations", "/admin/organisations"),
						HomeSection.Action.link("Add an organisation", "/admin/organisations/new"),
						HomeSection.Action.link("Localities", "/admin/localities")),
				30);
	}

	private static String plural(long count, String one, String many) {
		return (count == 1) ? "1 " + one : count + " " + many;
	}

}
