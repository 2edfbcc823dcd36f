package org.familymatters.identity.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.identity.StaffPrincipal;
import org.familymatters.identity.UserAccounts;
import org.familymatters.shared.time.ServiceTime;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Records every sign-in and failed attempt, and sends the user where they should go next:
 * after a failure, back to the sign-in page with what happened and when to try again,
 * never whether the username exists.
 */
@Component
class SignInOutcomes implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

	/** The flash attribute the sign-in page shows the tried username from. */
	private static final String ATTEMPTED_USERNAME = "attemptedUsername";

	/** The flash attribute with the message code of what went wrong. */
	private static final String PROBLEM = "signInProblem";

	/** The flash attribute with when the person may try again, in words. */
	private static final String TRY_AGAIN_AT = "signInTryAgainAt";

	private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.UK);

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM", Locale.UK);

	private final AuditTrail audit;

	private final UserAccounts users;

	private final SavedRequestAwareAuthenticationSuccessHandler afterSignIn = new SavedRequestAwareAuthenticationSuccessHandler();

	private final SessionFlashMapManager flash = new SessionFlashMapManager();

	private final Clock clock;

	private final TwoStep twoStep;

	private final SignedInStaff signedIn;

	SignInOutcomes(AuditTrail audit, UserAccounts users, Clock clock, TwoStep twoStep, SignedInStaff signedIn) {
		this.audit = audit;
		this.users = users;
		this.clock = clock;
		this.twoStep = twoStep;
		this.signedIn = signedIn;
		afterSignIn.setDefaultTargetUrl("/home");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		var user = (StaffPrincipal) authentication.getPrincipal();
		if (twoStep.enabled(user.id())) {
			// The password was right: the code from their app comes next, and until then
			// they hold no role.
			audit.recordAs(user.id(), user.username(),
					AuditEntry.allowed(IdentityAudit.SIGNED_IN, "user", user.id(), Basis.SELF, null)
						.withDetail("password; the second step next"));
			signedIn.replace(user.at(StaffPrincipal.Stage.SECOND_STEP), request, response);
			response.sendRedirect(request.getContextPath() + "/sign-in/two-step");
			return;
		}
		audit.recordAs(user.id(), user.username(),
				AuditEntry.allowed(IdentityAudit.SIGNED_IN, "user", user.id(), Basis.SELF, null));
		if (twoStep.requiredFor(user.roles())) {
			signedIn.replace(user.at(StaffPrincipal.Stage.SETTING_UP_SECOND_STEP), request, response);
			response.sendRedirect(request.getContextPath()
					+ (user.mustChangePassword() ? "/account/password" : "/account/two-step/set-up"));
			return;
		}
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
		audit.recordAs(account.map(found -> found.id()).orElse(null), account
			.isPresent() ? attempted : "unknown", AuditEntry
				.refused(IdentityAudit.SIGN_IN, "user", account.map(found -> found.id()).orElse(null), Basis.SELF, null)
				.withDetail(exception.getClass().getSimpleName()
						+ ((exception instanceof ProtectedSignIn.SignInRefused) ? ": " + exception.getMessage() : "")));
		var flashMap = new FlashMap();
		flashMap.put(ATTEMPTED_USERNAME, request.getParameter("username"));
		if (exception instanceof ProtectedSignIn.SignInRefused refused) {
			flashMap.put(PROBLEM, refused.locked() ? "signIn.locked"
					: refused.beforeChecking() ? "signIn.wait" : "signIn.failedWait");
			flashMap.put(TRY_AGAIN_AT, when(refused.until(), refused.locked() ? MINUTES : SECONDS));
		}
		else if (exception instanceof ProtectedSignIn.OneTimePasswordExpired) {
			flashMap.put(PROBLEM, "signIn.oneTimePasswordExpired");
		}
		flash.saveOutputFlashMap(flashMap, request, response);
		response.sendRedirect(request.getContextPath() + "/sign-in?error");
	}

	/** A moment as the person reads it: the time, and the day when it is not today. */
	private String when(Instant moment, DateTimeFormatter time) {
		var local = moment.atZone(ServiceTime.ZONE);
		var today = LocalDate.ofInstant(clock.instant(), ServiceTime.ZONE);
		return time.format(local) + (local.toLocalDate().equals(today) ? "" : " on " + DAY.format(local));
	}

}
