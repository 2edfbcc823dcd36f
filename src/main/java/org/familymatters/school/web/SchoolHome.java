package org.familymatters.school.web;

import java.util.ArrayList;
import java.util.List;

import org.familymatters.identity.Role;
import org.familymatters.school.internal.PupilsAffected;
import org.familymatters.school.internal.SchoolContacts;
import org.familymatters.shared.security.CurrentUser;
import org.familymatters.shared.security.SignedInUser;
import org.familymatters.shared.web.HomeContribution;
import org.familymatters.shared.web.HomeSection;

import org.springframework.stereotype.Component;

/**
 * What the school module puts on home pages: for a school's designated contact, how many
 * pupils are on their list of pupils affected (a count, nobody named: the access decision
 * answers for each without recording); for an administrator, the schools and how many
 * have no designated contact.
 */
@Component
class SchoolHome implements HomeContribution {

	private final PupilsAffected pupils;

	private final SchoolContacts contacts;

	private final CurrentUser currentUser;

	SchoolHome(PupilsAffected pupils, SchoolContacts contacts, CurrentUser currentUser) {
		this.pupils = pupils;
		this.contacts = contacts;
		this.currentUser = currentUser;
	}

	@Override
	public List<HomeSection> sections(SignedInUser user) {
		var sections = new ArrayList<HomeSection>();
		if (currentUser.has(Role.AGENCY_PRACTITIONER)) {
			pupils.count()
				.ifPresent(count -> sections.add(new HomeSection("Pupils affected", count,
						(count == 0) ? "No pupil of your school is on your list of pupils affected."
								: ((count == 1) ? "1 pupil of your school has" : count + " pupils of your school have")
										+ " a parent or carer in custody, and the school may know.",
						List.of(), List.of(HomeSection.Action.link("See pupils affected", "/schools/pupils")), 85)));
		}
		if (currentUser.has(Role.ADMINISTRATOR)) {
			var schools = contacts.schools();
			long without = schools.stream().filter(s -> s.active() && s.contact() == null).count();
			sections.add(new HomeSection("Schools’ designated contacts", (int) without,
					(without == 0) ? "Every active school has a designated contact."
							: ((without == 1) ? "1 active school has" : without + " active schools have")
									+ " no designated contact to tell about its pupils affected.",
					List.of(), List.of(HomeSection.Action.link("Schools and their designated contacts", "/schools")),
					35));
		}
		return sections;
	}

}
