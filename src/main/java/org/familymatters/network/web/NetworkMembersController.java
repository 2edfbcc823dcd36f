package org.familymatters.network.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.familymatters.network.internal.JoinRequests;
import org.familymatters.network.internal.NetworkMembers;
import org.familymatters.network.internal.NetworkRefused;
import org.familymatters.network.internal.NetworkSetUp;
import org.familymatters.network.internal.Networks;
import org.familymatters.shared.security.CurrentUser;
import org.familymatters.shared.security.SignedIn;
import org.familymatters.shared.web.DateParts;
import org.familymatters.shared.web.FormCheck;
import org.familymatters.shared.web.NotFound;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A network's members: asking to join (anyone signed in who is not a member), and the
 * coordinator's answers to requests, adding a member, recording the day a member's
 * organisation confirmed its backing, and removing a member. What only the coordinator
 * may do is refused (403) to anyone else.
 */
@Controller
@SignedIn
@RequestMapping("/networks/{id}")
class NetworkMembersController {

	private final Networks networks;

	private final NetworkMembers members;

	private final JoinRequests requests;

	private final NetworkSetUp setUp;

	private final CurrentUser currentUser;

	private final Clock clock;

	NetworkMembersController(Networks networks, NetworkMembers members, JoinRequests requests, NetworkSetUp setUp,
			CurrentUser currentUser, Clock clock) {
		this.networks = networks;
		this.members = members;
		this.requests = requests;
		this.setUp = setUp;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	@GetMapping("/join")
	String joinForm(@PathVariable UUID id, Model model) {
		return joinForm(networks.require(id), new JoinForm(), model);
	}

	@PostMapping("/join")
	String join(@PathVariable UUID id, @ModelAttribute("form") JoinForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var network = networks.require(id);
		var reason = NetworkFormCheck.join(form, result);
		if (reason.isEmpty()) {
			return joinForm(network, form, model);
		}
		try {
			requests.ask(id, reason.get().orElse(null));
		}
		catch (NetworkRefused ex) {
			FormCheck.of(result, "network.join").reject(ex.field(), ex.code());
			return joinForm(network, form, model);
		}
		redirect.addFlashAttribute("message", "You have asked to join: the coordinator will answer");
		return "redirect:/networks/" + id;
	}

	@PostMapping("/requests/{requestId}/accept")
	String accept(@PathVariable UUID id, @PathVariable UUID requestId, RedirectAttributes redirect) {
		try {
			requests.accept(id, requestId);
			redirect.addFlashAttribute("message", "Request accepted: they are a member now");
		}
		catch (NetworkRefused ex) {
			redirect.addFlashAttribute("problem", "network.request." + ex.code());
		}
		return "redirect:/networks/" + id;
	}

	@PostMapping("/requests/{requestId}/decline")
	String decline(@PathVariable UUID id, @PathVariable UUID requestId, RedirectAttributes redirect) {
		requests.decline(id, requestId);
		redirect.addFlashAttribute("message", "Request declined");
		return "redirect:/networks/" + id;
	}

	@GetMapping("/members/new")
	String memberForm(@PathVariable UUID id, Model model) {
		return memberForm(networks.requireCoordinator(id, currentUser.get().id()), new MemberForm(), model);
	}

	@PostMapping("/members/new")
	String add(@PathVariable UUID id, @ModelAttribute("form") MemberForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var network = networks.requireCoordinator(id, currentUser.get().id());
		var user = NetworkFormCheck.member(form, NetworksController.ids(setUp.enabledUsers()), result);
		if (user.isEmpty()) {
			return memberForm(network, form, model);
		}
		try {
			members.add(id, user.get());
		}
		catch (NetworkRefused ex) {
			FormCheck.of(result, "network.member").reject(ex.field(), ex.code());
			return memberForm(network, form, model);
		}
		redirect.addFlashAttribute("message", "Member added");
		return "redirect:/networks/" + id;
	}

	@GetMapping("/members/{userId}")
	String member(@PathVariable UUID id, @PathVariable UUID userId, Model model) {
		var network = networks.requireCoordinator(id, currentUser.get().id());
		var member = members.member(id, userId).orElseThrow(() -> new NotFound("network member", userId));
		var form = new BackingForm();
		form.setConfirmedOn(DateParts.of(member.backingConfirmedOn()));
		return memberPage(network, member, form, model);
	}

	@PostMapping("/members/{userId}/backing")
	String backing(@PathVariable UUID id, @PathVariable UUID userId, @ModelAttribute("form") BackingForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		var network = networks.requireCoordinator(id, currentUser.get().id());
		var member = members.member(id, userId).orElseThrow(() -> new NotFound("network member", userId));
		var on = NetworkFormCheck.backing(form, LocalDate.now(clock), result);
		if (on.isEmpty()) {
			return memberPage(network, member, form, model);
		}
		try {
			members.confirmBacking(id, userId, on.get());
		}
		catch (NetworkRefused ex) {
			FormCheck.of(result, "network.backing").reject(ex.field(), ex.code());
			return memberPage(network, member, form, model);
		}
		redirect.addFlashAttribute("message", "Backing recorded for " + member.name());
		return "redirect:/networks/" + id;
	}

	@PostMapping("/members/{userId}/remove")
	String remove(@PathVariable UUID id, @PathVariable UUID userId, RedirectAttributes redirect) {
		members.remove(id, userId);
		redirect.addFlashAttribute("message", "Member removed");
		return "redirect:/networks/" + id;
	}

	private String joinForm(Networks.Network network, JoinForm form, Model model) {
		model.addAttribute("network", network);
		model.addAttribute("form", form);
		model.addAttribute("reasonMax", NetworkFormCheck.REASON_MAX);
		return "network/join-form";
	}

	private String memberForm(Networks.Network network, MemberForm form, Model model) {
		model.addAttribute("network", network);
		model.addAttribute("form", form);
		model.addAttribute("users", NetworksController.options(setUp.enabledUsers()));
		return "network/member-form";
	}

	private String memberPage(Networks.Network network, NetworkMembers.Member member, BackingForm form, Model model) {
		model.addAttribute("network", network);
		model.addAttribute("person", member);
		model.addAttribute("form", form);
		return "network/member";
	}

}
