package org.familymatters.shared.web;

import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.familymatters.shared.security.CurrentUser;
import org.familymatters.shared.security.SignedInUser;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout needs on every page: who is signed in, and their navigation. */
@ControllerAdvice
class LayoutModel {

	private final List<NavigationEntry> entries;

	private final CurrentUser currentUser;

	LayoutModel(List<NavigationEntry> entries, CurrentUser currentUser) {
		this.entries = entries.stream().sorted(Comparator.comparingInt(NavigationEntry::order)).toList();
		this.currentUser = currentUser;
	}

	@ModelAttribute("signedInUser")
	SignedInUser signedInUser() {
		return currentUser.find().orElse(null);
	}

	@ModelAttribute("navigation")
	List<NavigationLink> navigation(HttpServletRequest request) {
		var signedIn = currentUser.find().isPresent();
		var held = currentUser.authorities();
		var path = request.getRequestURI();
		var shown = entries.stream()
			.filter(entry -> signedIn ? entry.forSignedIn(held) : entry.forSignedOut())
			.toList();
		// One entry is current: the one whose address matches the most of the path
		// ("Record a
		// contact" at /court-desk/contacts/new, not "Contacts" at /court-desk/contacts as
		// well).
		var current = shown.stream()
			.filter(entry -> path.equals(entry.href()) || path.startsWith(entry.href() + "/"))
			.max(Comparator.comparingInt(entry -> entry.href().length()))
			.orElse(null);
		return shown.stream().map(entry -> new NavigationLink(entry.label(), entry.href(), entry == current)).toList();
	}

	/** An entry as the layout shows it. */
	record NavigationLink(String label, String href, boolean current) {
	}

}
