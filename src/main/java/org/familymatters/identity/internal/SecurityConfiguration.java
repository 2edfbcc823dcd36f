package org.familymatters.identity.internal;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.familymatters.identity.StaffPrincipal;
import org.familymatters.identity.UserAccounts;
import org.familymatters.shared.security.CurrentUser;
import org.familymatters.shared.web.PublicAddress;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may call what. Two filter chains: {@code /api/**} takes bearer tokens and keeps no
 * session; everything else uses the sign-in form and the session. Which roles may call a
 * handler is declared on the handler itself (method security); a test fails when a
 * handler declares nothing.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
			+ "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/** Swagger UI sets inline styles. */
	static final String SWAGGER_CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
			+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	static final String CLEAR_SITE_DATA = "Clear-Site-Data";

	/**
	 * The HTTP cache, cookies and storage (local storage, caches, service workers): on
	 * every sign-out, whether the request came over HTTPS or not (browsers honour it from
	 * a secure origin, localhost among them).
	 */
	static final String CLEAR_SITE_DATA_DIRECTIVES = "\"cache\", \"cookies\", \"storage\"";

	/**
	 * Passwords hashed with bcrypt ({@code {bcrypt}} hashes, each checked at the cost it
	 * was made with) at the cost {@code familymatters.passwords.bcrypt-strength} (10, as
	 * Spring Security's default; the tests use less, as their passwords protect nothing),
	 * a few at a time ({@link PasswordHashingLimit}).
	 */
	@Bean
	PasswordEncoder passwordEncoder(@Value("${familymatters.passwords.bcrypt-strength:10}") int strength) {
		var bcrypt = "bcrypt";
		var encoder = new DelegatingPasswordEncoder(bcrypt, Map.of(bcrypt, new BCryptPasswordEncoder(strength)));
		return new PasswordHashingLimit(encoder, PasswordHashingLimit.halfTheProcessors());
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, ApiTokens tokens, JsonMapper json, PublicAddress publicAddress)
			throws Exception {
		var bearer = new BearerTokenAuthenticationEntryPoint();
		AuthenticationEntryPoint unauthorised = (request, response, exception) -> {
			bearer.commence(request, response, exception);
			writeProblem(json, request, response, HttpStatus.UNAUTHORIZED,
					(exception.getCause() instanceof ApiTokens.PasswordChangeRequired)
							? "The user this token belongs to must change their password before their API tokens "
									+ "work: they sign in to Family Matters and choose a new one."
							: "Send a valid API token in the Authorization header: Bearer <token>.");
		};
		AccessDeniedHandler forbidden = (request, response, exception) -> writeProblem(json, request, response,
				HttpStatus.FORBIDDEN, "Your role does not allow this request.");
		OpaqueTokenIntrospector introspector = token -> tokens.authenticate(token)
			.orElseThrow(() -> new BadOpaqueTokenException("The token is not valid"));
		return http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.oauth2ResourceServer(server -> server.opaqueToken(opaque -> opaque.introspector(introspector))
				.authenticationEntryPoint(unauthorised)
				.accessDeniedHandler(forbidden))
			.exceptionHandling(
					exceptions -> exceptions.authenticationEntryPoint(unauthorised).accessDeniedHandler(forbidden))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'"))
				.httpStrictTransportSecurity(SecureTransport.hsts(publicAddress)))
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webChain(HttpSecurity http, SignInOutcomes outcomes, JsonMapper json, CurrentUser currentUser,
			UserDetailsService staff, PasswordEncoder passwordEncoder, SignInThrottle throttle, UserAccounts users,
			PublicAddress publicAddress, Clock clock) throws Exception {
		var passwords = new DaoAuthenticationProvider(staff);
		passwords.setPasswordEncoder(passwordEncoder);
		var signIn = new LoginUrlAuthenticationEntryPoint("/sign-in");
		AuthenticationEntryPoint entryPoint = (request, response, exception) -> {
			if (wantsPage(request)) {
				signIn.commence(request, response, exception);
			}
			else {
				writeProblem(json, request, response, HttpStatus.UNAUTHORIZED, "Sign in first.");
			}
		};
		RequestMatcher swagger = PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**");
		return http
			// Sign-in through the throttle, which refuses before hashing when it must.
			.authenticationManager(new ProviderManager(new ProtectedSignIn(passwords, throttle, users, clock)))
			// Method security on each handler decides; paths with no handler answer 404.
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			// The CSRF token lives in a cookie, not in a session: a page with a form (the
			// sign-in page, asking for support) makes no session for someone not signed
			// in.
			.csrf(csrf -> csrf.csrfTokenRepository(csrfCookies(publicAddress)))
			.formLogin(form -> form.loginPage("/sign-in")
				.loginProcessingUrl("/sign-in")
				.usernameParameter("username")
				.passwordParameter("password")
				.successHandler(outcomes)
				.failureHandler(outcomes))
			// Signing out clears what the browser keeps for the service (a phone may be
			// shared): the court desk outbox, the service worker and its copy of the
			// form.
			.logout(logout -> logout.logoutUrl("/sign-out")
				.logoutSuccessUrl("/?signed-out")
				.addLogoutHandler((request, response, authentication) -> response.setHeader(CLEAR_SITE_DATA,
						CLEAR_SITE_DATA_DIRECTIVES)))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(entryPoint))
			.addFilterAfter(new SignInStepsFilter(currentUser), AnonymousAuthenticationFilter.class)
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.httpStrictTransportSecurity(SecureTransport.hsts(publicAddress))
				.addHeaderWriter((request, response) -> {
					if (swagger.matches(request)) {
						response.setHeader("Content-Security-Policy", SWAGGER_CONTENT_SECURITY_POLICY);
					}
				})
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")))
			.build();
	}

	/**
	 * CSRF tokens in an HttpOnly, SameSite=Lax cookie, Secure when the service is reached
	 * over HTTPS.
	 */
	static CookieCsrfTokenRepository csrfCookies(PublicAddress publicAddress) {
		var repository = new CookieCsrfTokenRepository();
		repository.setCookieName("FM_CSRF");
		boolean secure = publicAddress.secure();
		repository.setCookieCustomizer(cookie -> {
			cookie.httpOnly(true).sameSite("Lax").path("/");
			if (secure) {
				cookie.secure(true);
			}
		});
		return repository;
	}

	private static boolean wantsPage(HttpServletRequest request) {
		var accept = request.getHeader(HttpHeaders.ACCEPT);
		return accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
	}

	static void writeProblem(JsonMapper json, HttpServletRequest request, HttpServletResponse response,
			HttpStatus status, String detail) throws IOException {
		var problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setInstance(URI.create(request.getRequestURI()));
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		json.writeValue(response.getOutputStream(), problem);
	}

	/**
	 * Keeps a person part-way through signing in on the page of their next step until
	 * they have taken it: the code from their authenticator app, then a password of their
	 * own if they signed in with a one-time password, then setting up two-step sign-in if
	 * their roles require it.
	 */
	static final class SignInStepsFilter extends OncePerRequestFilter {

		static final String SECOND_STEP = "/sign-in/two-step";

		static final String PASSWORD = "/account/password";

		static final String SET_UP = "/account/two-step/set-up";

		/**
		 * Signing out, the public pages, and what pages load (styles, scripts, images).
		 */
		private static final Set<String> ALLOWED_PAGES = Set.of("/sign-out", "/error", "/accessibility", "/privacy",
				"/cookies", "/favicon.ico");

		private static final List<String> ALLOWED_PREFIXES = List.of("/govuk/", "/assets/", "/css/", "/js/");

		private final CurrentUser currentUser;

		SignInStepsFilter(CurrentUser currentUser) {
			this.currentUser = currentUser;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			var step = nextStep();
			var path = request.getRequestURI();
			if (step != null && !step.equals(path) && !allowedOnTheWay(path)) {
				response.sendRedirect(request.getContextPath() + step);
				return;
			}
			chain.doFilter(request, response);
		}

		/** The page of the person's next step, or null when they are signed in fully. */
		private String nextStep() {
			if (!(currentUser.find().orElse(null) instanceof StaffPrincipal staff)) {
				return null;
			}
			if (staff.stage() == StaffPrincipal.Stage.SECOND_STEP) {
				return SECOND_STEP;
			}
			if (staff.mustChangePassword()) {
				return PASSWORD;
			}
			return (staff.stage() == StaffPrincipal.Stage.SETTING_UP_SECOND_STEP) ? SET_UP : null;
		}

		private static boolean allowedOnTheWay(String path) {
			return ALLOWED_PAGES.contains(path) || ALLOWED_PREFIXES.stream().anyMatch(path::startsWith);
		}

	}

}
