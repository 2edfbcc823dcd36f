package org.familymatters.training.web;

import java.util.ArrayList;
import java.util.List;

import org.familymatters.identity.Role;
import org.familymatters.shared.security.CurrentUser;
import org.familymatters.shared.security.SignedInUser;
import org.familymatters.shared.web.HomeContribution;
import org.familymatters.shared.web.HomeSection;
import org.familymatters.training.internal.Attendance;

import org.springframework.stereotype.Component;

/**
 * "Mark attendance" on a training coordinator's home page: today's sessions, each a link
 * to its door, and the list of sessions whose attendance may still be marked.
 */
@Component
class AttendanceHome implements HomeContribution {

	private final Attendance attendance;

	private final CurrentUser currentUser;

	AttendanceHome(Attendance attendance, CurrentUser currentUser) {
		this.attendance = attendance;
		this.currentUser = currentUser;
	}

	@Override
	public List<HomeSection> sections(SignedInUser user) {
		if (!currentUser.has(Role.TRAINING_COORDINATOR)) {
			return List.of();
		}
		var today = new ArrayList<HomeSection.Item>();
		for (var session : attendance.sessionsToMark()) {
			if (session.today()) {
				today.add(new HomeSection.Item(session.courseTitle(),
						"/training/manage/sessions/" + session.id() + "/attendance",
						session.hours() + ", " + session.attended() + " of " + session.booked() + " attended"));
			}
		}
		var summary = today.isEmpty() ? "No session starts today. Mark attendance afterwards for up to 14 days."
				: ((today.size() == 1) ? "1 session starts today." : today.size() + " sessions start today.")
						+ " Open one on your phone to mark who comes at the door.";
		return List.of(new HomeSection("Mark attendance", today.size(), summary, today,
				List.of(HomeSection.Action.link("Sessions to mark attendance", "/training/manage/attendance")), 30));
	}

}
