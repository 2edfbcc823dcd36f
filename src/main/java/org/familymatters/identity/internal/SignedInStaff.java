package org.familymatters.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.familymatters.identity.StaffPrincipal;
import org.familymatters.shared.security.CurrentUser;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Component;

/**
 * The signed-in member of staff as the identity module made them (its own principal, with
 * their organisation's name, roles and whether they must change their password), read
 * through {@link CurrentUser}.
 */
@Component
public class SignedInStaff {

	private final CurrentUser currentUser;

	SignedInStaff(CurrentUser currentUser) {
		this.currentUser = currentUser;
	}

	/**
	 * The signed-in member of staff.
	 * @throws AuthenticationCredentialsNotFoundException when nobody is signed in
	 */
	public StaffPrincipal get() {
		if (currentUser.get() instanceof StaffPrincipal staff) {
			return staff;
		}
		throw new AuthenticationCredentialsNotFoundException("Not signed in as a member of staff");
	}

	/**
	 * Puts the signed-in member of staff, as they are now, in place of the principal of
	 * this request and their session.
	 */
	public void replace(StaffPrincipal changed, HttpServletRequest request, HttpServletResponse response) {
		currentUser.replace(changed, changed.getAuthorities(), request, response);
	}

}
