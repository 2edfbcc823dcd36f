package org.familymatters.identity.internal;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.identity.StaffPrincipal;
import org.familymatters.identity.UserAccounts;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Records every sign-in and failed attempt, and sends the user where they should go next.
 */
@Component
class SignInOutcomes implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

	/** The flash attribute the sign-in page shows the tried username from. */
	private static final String ATTEMPTED_USERNAME = "attemptedUsername";

	private final AuditTrail audit;

	private final UserAccounts users;

	private final SavedRequestAwareAuthenticationSuccessHandler afterSignIn = new SavedRequestAwareAuthenticationSuccessHandler();

	private final SessionFlashMapManager flash = new SessionFlashMapManager();

	SignInOutcomes(AuditTrail audit, UserAccounts users) {
		this.audit = audit;
		this.users = users;
		afterSignIn.setDefaultTargetUrl("/home");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		var user = (StaffPrincipal) authentication.getPrincipal();
		audit.recordAs(user.id(), user.username(),
				AuditEntry.allowed(IdentityAudit.SIGNED_IN, "user", user.id(), Basis.SELF, null));
		if (user.mustChangePassword()) {
			response.sendRedirect(request.getContextPath() + "/account/password");
			return;
		}
		afterSignIn.onAuthenticationSuccess(request, response, authentication);
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		var attempted = String.valueOf(request.getParameter("username")).strip().toLowerCase();
		var account = users.findByUsername(attempted);
		audit.recordAs(account.map(found -> found.id()).orElse(null), account.isPresent() ? attempted : "unknown",
				AuditEntry
					.refused(IdentityAudit.SIGN_IN, "user", account.map(found -> found.id()).orElse(null), Basis.SELF,
							null)
					.withDetail(exception.getClass().getSimpleName()));
		var flashMap = new FlashMap();
		flashMap.put(ATTEMPTED_USERNAME, request.getParameter("username"));
		flash.saveOutputFlashMap(flashMap, request, response);
		response.sendRedirect(request.getContextPath() + "/sign-in?error");
	}

}
