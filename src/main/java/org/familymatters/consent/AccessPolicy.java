package org.familymatters.consent;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.familymatters.consent.internal.access.AccessRule;
import org.familymatters.consent.internal.access.ActionRule;
import org.familymatters.consent.internal.access.CourtDeskRule;
import org.familymatters.identity.Role;

import org.springframework.stereotype.Component;

/**
 * Who may see a family's record, in words for the family: the privacy notice and the
 * consent form say it from here rather than write it twice. Each sentence is made from
 * the access rules' own constants (the roles consent can let see a record,
 * {@link AccessRule#SHARED_WITH}; what a school may see, {@link AccessRule#SCHOOL_SEES};
 * who may own a support plan's action, {@link ActionRule#OWNERS}; how long a court desk
 * volunteer keeps sight of a contact, {@link CourtDeskRule#WINDOW}), so that a change to
 * the rule changes what families are told. Pages read it as {@code @accessPolicy}.
 */
@Component("accessPolicy")
public class AccessPolicy {

	/** The sentences, in the order the rule decides: most access first. */
	public List<String> whoMaySee() {
		var lines = new ArrayList<String>();
		lines.add("The " + plural(Role.SUPPORT_WORKER)
				+ " of your area and your family's key worker, who see and change your whole record.");
		lines.add(capitalised(roles(AccessRule.SHARED_WITH))
				+ " of an organisation you agreed may see it, and only the kinds of information you agreed to ("
				+ kinds(List.of(InformationKind.values()))
				+ "), until you withdraw your agreement or its review date passes.");
		lines.add("The same people without your agreement, only when a " + singular(Role.SAFEGUARDING_LEAD)
				+ " decides that a child may be at risk: the decision, its reasons and the day it ends are recorded,"
				+ " and they can see but not change your record.");
		lines.add("A school sees, of its own pupils only, " + kinds(AccessRule.SCHOOL_SEES)
				+ ", and nothing else, whatever else you agreed to.");
		lines.add("An organisation given an action of your family's support plan (" + roles(ActionRule.OWNERS)
				+ ") sees that action and the least of your record needed to do it, while the action is open.");
		lines.add("At court, a " + singular(Role.VOLUNTEER) + " sees only the contacts they recorded, for "
				+ CourtDeskRule.WINDOW.toDays() + " days, and the " + singular(Role.COURT_DESK_COORDINATOR)
				+ " sees every contact.");
		lines.add("A " + singular(Role.DATA_PROTECTION_OFFICER)
				+ ", only to answer a request you made to see, correct or erase what we hold about you.");
		lines.add("Nobody else. Every time someone looks at or changes your record, the service records who,"
				+ " when and on what basis.");
		return List.copyOf(lines);
	}

	private static String roles(Collection<Role> roles) {
		var names = roles.stream().sorted().map(AccessPolicy::plural).toList();
		if (names.size() == 1) {
			return names.get(0);
		}
		return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
	}

	private static String kinds(Collection<InformationKind> kinds) {
		return kinds.stream()
			.sorted()
			.map(kind -> kind.label().toLowerCase(Locale.ROOT))
			.collect(Collectors.joining("; "));
	}

	private static String singular(Role role) {
		var label = role.label();
		return label.substring(0, 1).toLowerCase(Locale.ROOT) + label.substring(1);
	}

	private static String plural(Role role) {
		return singular(role) + "s";
	}

	private static String capitalised(String text) {
		return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
	}

}
