package org.familymatters.shared.web;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.familymatters.shared.security.SignedInUser;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout needs on every page: who is signed in, and their navigation. */
@ControllerAdvice
class LayoutModel {

	private final List<NavigationEntry> entries;

	LayoutModel(List<NavigationEntry> entries) {
		this.entries = entries.stream().sorted(Comparator.comparingInt(NavigationEntry::order)).toList();
	}

	@ModelAttribute("signedInUser")
	SignedInUser signedInUser() {
		var authentication = signedIn();
		return (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) ? user : null;
	}

	@ModelAttribute("navigation")
	List<NavigationLink> navigation(HttpServletRequest request) {
		var authentication = signedIn();
		if (authentication == null || !(authentication.getPrincipal() instanceof SignedInUser)) {
			return List.of();
		}
		var held = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.collect(Collectors.toSet());
		var path = request.getRequestURI();
		var shown = entries.stream()
			.filter(entry -> entry.authorities().isEmpty() || entry.authorities().stream().anyMatch(held::contains))
			.toList();
		// One entry is current: the one whose address matches the most of the path
		// ("Record a contact"
		// at /court-desk/contacts/new, not "Contacts" at /court-desk/contacts as well).
		var current = shown.stream()
			.filter(entry -> path.equals(entry.href()) || path.startsWith(entry.href() + "/"))
			.max(Comparator.comparingInt(entry -> entry.href().length()))
			.orElse(null);
		return shown.stream().map(entry -> new NavigationLink(entry.label(), entry.href(), entry == current)).toList();
	}

	private static Authentication signedIn() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.isAuthenticated()) ? authentication : null;
	}

	/** An entry as the layout shows it. */
	record NavigationLink(String label, String href, boolean current) {
	}

}
