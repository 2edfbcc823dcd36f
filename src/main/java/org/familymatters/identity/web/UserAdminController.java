package org.familymatters.identity.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.familymatters.identity.Organisation;
import org.familymatters.identity.Organisations;
import org.familymatters.identity.Role;
import org.familymatters.identity.UserAccount;
import org.familymatters.identity.internal.ApiTokens;
import org.familymatters.identity.internal.RoleChangeRefused;
import org.familymatters.identity.internal.RoleGrants;
import org.familymatters.identity.internal.SignInThrottle;
import org.familymatters.identity.internal.UserAdministration;
import org.familymatters.identity.internal.UserSearch;
import org.familymatters.shared.input.Input;
import org.familymatters.shared.security.AdministratorsOnly;
import org.familymatters.shared.security.CurrentUser;
import org.familymatters.shared.time.ServiceTime;
import org.familymatters.shared.web.FormCheck;
import org.familymatters.shared.web.Option;
import org.familymatters.shared.web.Page;
import org.familymatters.shared.web.SummaryRow;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators manage users: create, change roles (a role that sees families' records
 * waits for a second administrator, who approves or refuses it here), disable, reset
 * passwords, list and revoke API tokens. Nobody issues a token for someone else: users
 * issue their own on their account page.
 */
@Controller
@AdministratorsOnly
@RequestMapping("/admin/users")
class UserAdminController {

	static final int PAGE_SIZE = 25;

	private static final DateTimeFormatter SIGN_IN_LOCK = DateTimeFormatter.ofPattern("HH:mm 'on' d MMMM yyyy",
			Locale.UK);

	private final UserAdministration administration;

	private final UserSearch search;

	private final Organisations organisations;

	private final ApiTokens tokens;

	private final RoleGrants grants;

	private final SignInThrottle throttle;

	private final CurrentUser currentUser;

	private final Clock clock;

	UserAdminController(UserAdministration administration, UserSearch search, Organisations organisations,
			ApiTokens tokens, RoleGrants grants, SignInThrottle throttle, CurrentUser currentUser, Clock clock) {
		this.throttle = throttle;
		this.administration = administration;
		this.search = search;
		this.organisations = organisations;
		this.tokens = tokens;
		this.grants = grants;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	/**
	 * The users the filters match, a page at a time with the count of all of them; a page
	 * number that is not one shows the first page, one past the last says so.
	 */
	@GetMapping
	String list(@ModelAttribute("searchForm") UserSearchForm form, BindingResult result,
			@RequestParam(required = false) String page, Model model) {
		var filter = UserSearchFormCheck.check(form, result, id -> organisations.existsById(id));
		model.addAttribute("pendingGrants", grants.pending());
		model.addAttribute("roleOptions", Arrays.stream(Role.values()).map(r -> Option.of(r, r.label())).toList());
		model.addAttribute("organisationOptions",
				organisations.findAllOrdered()
					.stream()
					.map(o -> Option.of(o.id(), o.active() ? o.name() : o.name() + " (no longer active)"))
					.toList());
		model.addAttribute("statusOptions",
				Arrays.stream(UserSearchFormCheck.Status.values()).map(s -> Option.of(s, s.label())).toList());
		if (filter.isEmpty()) {
			model.addAttribute("users", new Page<>(List.of(), 1, PAGE_SIZE, 0));
			model.addAttribute("baseUrl", "/admin/users");
			return "identity/admin/users";
		}
		var number = Input.wholeNumber(page, 1, Integer.MAX_VALUE).toOptional().orElse(1);
		var users = search.find(filter.get(), number, PAGE_SIZE);
		model.addAttribute("users", users);
		model.addAttribute("filtered", !filter.get().equals(UserSearch.Filter.everyone()));
		model.addAttribute("baseUrl", address(filter.get()));
		return "identity/admin/users";
	}

	/** The list's address with its filters, for the pagination to add a page to. */
	static String address(UserSearch.Filter filter) {
		var query = new StringJoiner("&");
		parameter(query, "search", filter.text());
		parameter(query, "role", filter.role());
		parameter(query, "organisation", filter.organisationId());
		parameter(query, "status", UserSearchFormCheck.Status.of(filter.enabled()));
		return (query.length() != 0) ? "/admin/users?" + query : "/admin/users";
	}

	private static void parameter(StringJoiner query, String name, Object value) {
		if (value != null) {
			query.add(name + "=" + URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8));
		}
	}

	@GetMapping("/new")
	String newUser(Model model) {
		return form(new UserForm(), true, model);
	}

	@PostMapping("/new")
	String create(@ModelAttribute("form") UserForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var user = UserFormCheck.check(form, result, true);
		if (user.isEmpty()) {
			return form(form, true, model);
		}
		var check = FormCheck.of(result, "user");
		try {
			var created = administration.create(user.get().username(), user.get().displayName(), user.get().email(),
					user.get().organisationId(), user.get().roles(), currentUser.get().id());
			redirect.addFlashAttribute("oneTimePassword", created.oneTimePassword());
			redirect.addFlashAttribute("created", true);
			awaiting(created.awaitingApproval(), redirect);
			return "redirect:/admin/users/" + created.account().id();
		}
		catch (RoleChangeRefused ex) {
			check.reject("roles", ex.reason().code());
		}
		catch (UserAdministration.UsernameTaken ex) {
			check.reject("username", "taken");
		}
		catch (UserAdministration.UnknownOrganisation ex) {
			check.reject("organisationId", "unknownChoice");
		}
		return form(form, true, model);
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Model model) {
		var account = administration.find(id);
		var organisation = organisations.findById(account.organisationId()).map(Organisation::name).orElse("");
		var lockedUntil = throttle.lockedUntil(account.username());
		model.addAttribute("account", account);
		model.addAttribute("locked", lockedUntil.isPresent());
		model
			.addAttribute("details", List.of(SummaryRow.of("Username", account.username()),
					new SummaryRow("Name", account.displayName(), "/admin/users/" + id + "/edit", "Change"),
					new SummaryRow("Email", (account.email() != null) ? account.email() : "Not given",
							"/admin/users/" + id + "/edit", "Change"),
					new SummaryRow("Organisation", organisation, "/admin/users/" + id + "/edit", "Change"),
					new SummaryRow("Roles",
							account.roles().isEmpty() ? "None"
									: String.join(", ", account.roles().stream().map(Role::label).toList()),
							"/admin/users/" + id + "/edit", "Change"),
					SummaryRow.of("Status", account.enabled() ? "Active" : "Disabled"),
					SummaryRow.of(
							"Signing in",
							lockedUntil
								.map(until -> "Locked after repeated failed attempts, until "
										+ SIGN_IN_LOCK.format(until.atZone(ServiceTime.ZONE)))
								.orElse("Not locked")),
					SummaryRow.of("Must change password", account.mustChangePassword() ? "Yes" : "No")));
		model.addAttribute("tokens", tokens.list(id));
		model.addAttribute("pendingGrants", grants.pendingFor(id));
		model.addAttribute("me", currentUser.get().id());
		model.addAttribute("now", clock.instant());
		return "identity/admin/user";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		var account = administration.find(id);
		model.addAttribute("account", account);
		return form(UserForm.of(account), false, model);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable UUID id, @ModelAttribute("form") UserForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var account = administration.find(id);
		model.addAttribute("account", account);
		form.setUsername(account.username());
		var user = UserFormCheck.check(form, result, false);
		if (user.isEmpty()) {
			return form(form, false, model);
		}
		var check = FormCheck.of(result, "user");
		var acting = currentUser.get().id();
		var updated = new AtomicReference<UserAdministration.Updated>();
		try {
			if (!check.saved(() -> updated.set(administration.update(id, form.getVersion(), user.get().displayName(),
					user.get().email(), user.get().organisationId(), user.get().roles(), acting)))) {
				return form(form, false, model);
			}
		}
		catch (UserAdministration.UnknownOrganisation ex) {
			check.reject("organisationId", "unknownChoice");
			return form(form, false, model);
		}
		catch (RoleChangeRefused ex) {
			check.reject("roles", ex.reason().code());
			return form(form, false, model);
		}
		redirect.addFlashAttribute("updated", true);
		awaiting(updated.get().awaitingApproval(), redirect);
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/role-requests/{request}/approve")
	String approve(@PathVariable UUID id, @PathVariable UUID request, RedirectAttributes redirect) {
		return decide(id, redirect, () -> grants.approve(id, request, currentUser.get().id()),
				"The role is given. The user signs in again to use it.");
	}

	@PostMapping("/{id}/role-requests/{request}/refuse")
	String refuse(@PathVariable UUID id, @PathVariable UUID request, RedirectAttributes redirect) {
		return decide(id, redirect, () -> grants.refuse(id, request, currentUser.get().id()),
				"The role is refused. The user does not hold it.");
	}

	private static String decide(UUID id, RedirectAttributes redirect, Runnable decision, String done) {
		try {
			decision.run();
			redirect.addFlashAttribute("message", done);
		}
		catch (RoleChangeRefused ex) {
			redirect.addFlashAttribute("problem", switch (ex.reason()) {
				case SAME_ADMINISTRATOR ->
					"You asked for this role, so another administrator must approve or refuse it.";
				case OWN_ROLES -> "You cannot decide a role for yourself: another administrator must.";
				case ADMINISTRATOR_SEES_NO_FAMILIES ->
					"The user is an administrator now, and an administrator cannot hold a role that sees families' records. Refuse it instead.";
			});
		}
		return "redirect:/admin/users/" + id;
	}

	/** Says which roles wait for a second administrator, if any. */
	private static void awaiting(Collection<Role> roles, RedirectAttributes redirect) {
		if (!roles.isEmpty()) {
			redirect.addFlashAttribute("awaitingApproval",
					String.join(", ", roles.stream().map(Role::label).sorted().toList()));
		}
	}

	@PostMapping("/{id}/disable")
	String disable(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			administration.setEnabled(id, false, currentUser.get().id());
			redirect.addFlashAttribute("message", "The user is disabled and has been signed out.");
		}
		catch (UserAdministration.CannotDisableSelf ex) {
			redirect.addFlashAttribute("problem", "You cannot disable your own account.");
		}
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/enable")
	String enable(@PathVariable UUID id, RedirectAttributes redirect) {
		administration.setEnabled(id, true, currentUser.get().id());
		redirect.addFlashAttribute("message", "The user can sign in again.");
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable UUID id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("message", throttle.unlock(administration.find(id))
				? "Signing in is unlocked. The user can sign in again now." : "Signing in was not locked.");
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/reset-password")
	String resetPassword(@PathVariable UUID id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("oneTimePassword", administration.resetPassword(id));
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/tokens/{tokenId}/revoke")
	String revokeToken(@PathVariable UUID id, @PathVariable UUID tokenId, RedirectAttributes redirect) {
		tokens.revoke(id, tokenId);
		redirect.addFlashAttribute("message", "The token is revoked. Clients using it can no longer call the API.");
		return "redirect:/admin/users/" + id;
	}

	private String form(UserForm form, boolean creating, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("creating", creating);
		model.addAttribute("ownAccount", !creating && model.getAttribute("account") instanceof UserAccount account
				&& account.id().equals(currentUser.get().id()));
		model.addAttribute("organisationOptions",
				organisations.findActiveOrdered().stream().map(o -> Option.of(o.id(), o.name())).toList());
		model.addAttribute("roleOptions",
				Arrays.stream(Role.values())
					.map(role -> new Option(role.name(), role.label(), RoleHints.of(role)))
					.toList());
		return "identity/admin/user-form";
	}

	/** What each role may do, shown under its checkbox. */
	static final class RoleHints {

		private RoleHints() {
		}

		static String of(Role role) {
			return switch (role) {
				case VOLUNTEER -> "Works court desk shifts and records contacts. Sees no family records.";
				case COURT_DESK_COORDINATOR ->
					"Runs the court desk rota and reads court desk contacts and statistics. Sees no family records.";
				case SUPPORT_WORKER -> "Triages referrals and keeps family records for their locality. "
						+ "Sees families' records: a second administrator must approve it.";
				case AGENCY_PRACTITIONER -> "Refers families and sees what consent allows their organisation. "
						+ "Sees families' records: a second administrator must approve it.";
				case SAFEGUARDING_LEAD -> "Decides when information is shared without consent. "
						+ "Sees families' records: a second administrator must approve it.";
				case TRAINING_COORDINATOR -> "Runs workshops, bookings and attendance.";
				case MANAGER -> "Reads reports and anonymised statistics. Sees no personal data.";
				case ADMINISTRATOR -> "Manages users, organisations, localities and reference data. "
						+ "Sees no families' records, and cannot hold a role that does.";
				case DATA_PROTECTION_OFFICER -> "Answers people's requests to see, correct or erase their data. "
						+ "Sees families' records for a recorded request: a second administrator must approve it.";
			};
		}

	}

}
