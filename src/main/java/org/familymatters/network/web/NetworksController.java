package org.familymatters.network.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.familymatters.identity.Role;
import org.familymatters.network.internal.DocumentKind;
import org.familymatters.network.internal.JoinRequests;
import org.familymatters.network.internal.NetworkDocuments;
import org.familymatters.network.internal.NetworkMembers;
import org.familymatters.network.internal.NetworkRefused;
import org.familymatters.network.internal.NetworkSetUp;
import org.familymatters.network.internal.Networks;
import org.familymatters.referral.LocalityCriteria;
import org.familymatters.shared.security.CurrentUser;
import org.familymatters.shared.security.SignedIn;
import org.familymatters.shared.web.FormCheck;
import org.familymatters.shared.web.Option;

import org.springframework.security.access.prepost.PreAuthorize;
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
 * Networks: the list (anyone signed in), setting one up and giving it another coordinator
 * (managers), and a network's page: its locality, coordinator, terms of reference,
 * consent form, the locality's criteria for referral and its members (with their contact
 * details for members; how many and their organisations for everyone else), with the
 * requests to join for its coordinator.
 */
@Controller
@SignedIn
@RequestMapping("/networks")
class NetworksController {

	private final Networks networks;

	private final NetworkSetUp setUp;

	private final NetworkMembers members;

	private final NetworkDocuments documents;

	private final JoinRequests requests;

	private final LocalityCriteria criteria;

	private final CurrentUser currentUser;

	NetworksController(Networks networks, NetworkSetUp setUp, NetworkMembers members, NetworkDocuments documents,
			JoinRequests requests, LocalityCriteria criteria, CurrentUser currentUser) {
		this.networks = networks;
		this.setUp = setUp;
		this.members = members;
		this.documents = documents;
		this.requests = requests;
		this.criteria = criteria;
		this.currentUser = currentUser;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("networks", networks.all());
		model.addAttribute("mayCreate", currentUser.has(Role.MANAGER));
		return "network/networks";
	}

	@GetMapping("/new")
	@PreAuthorize("hasRole('MANAGER')")
	String newNetwork(Model model) {
		return networkForm(new NetworkForm(), model);
	}

	@PostMapping("/new")
	@PreAuthorize("hasRole('MANAGER')")
	String create(@ModelAttribute("form") NetworkForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var checked = NetworkFormCheck.network(form, ids(setUp.localities()), ids(setUp.enabledUsers()), result);
		if (checked.isEmpty()) {
			return networkForm(form, model);
		}
		UUID id;
		try {
			id = setUp.create(checked.get().name(), checked.get().localityId(), checked.get().coordinatorId());
		}
		catch (NetworkRefused ex) {
			FormCheck.of(result, "network.network").reject(ex.field(), ex.code());
			return networkForm(form, model);
		}
		redirect.addFlashAttribute("message", "Network set up");
		return "redirect:/networks/" + id;
	}

	@GetMapping("/{id}")
	String network(@PathVariable UUID id, Model model) {
		var network = networks.require(id);
		var user = currentUser.get().id();
		boolean coordinator = network.coordinatorUserId().equals(user);
		boolean member = members.isMember(id, user);
		model.addAttribute("network", network);
		model.addAttribute("coordinator", coordinator);
		model.addAttribute("member", member);
		model.addAttribute("manager", currentUser.has(Role.MANAGER));
		model.addAttribute("terms", documents.current(id, DocumentKind.TERMS).orElse(null));
		model.addAttribute("consentForm", documents.current(id, DocumentKind.CONSENT_FORM).orElse(null));
		model.addAttribute("criteria", criteria.of(network.localityId()));
		var current = members.current(id);
		model.addAttribute("memberCount", current.size());
		if (member || coordinator) {
			model.addAttribute("members", current);
		}
		else {
			model.addAttribute("organisations", members.organisations(id));
			model.addAttribute("myRequest", requests.mine(id).orElse(null));
		}
		model.addAttribute("requests", coordinator ? requests.waiting(id) : List.of());
		return "network/network";
	}

	@GetMapping("/{id}/coordinator")
	@PreAuthorize("hasRole('MANAGER')")
	String coordinatorForm(@PathVariable UUID id, Model model) {
		var network = networks.require(id);
		var form = new CoordinatorForm();
		form.setCoordinatorId(network.coordinatorUserId().toString());
		form.setVersion(Long.toString(network.version()));
		return coordinatorForm(network, form, model);
	}

	@PostMapping("/{id}/coordinator")
	@PreAuthorize("hasRole('MANAGER')")
	String changeCoordinator(@PathVariable UUID id, @ModelAttribute("form") CoordinatorForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		var network = networks.require(id);
		var checked = NetworkFormCheck.coordinator(form, ids(setUp.enabledUsers()), result);
		var check = FormCheck.of(result, "network.coordinator");
		if (checked.isEmpty() || !check
			.saved(() -> setUp.changeCoordinator(id, checked.get().version(), checked.get().coordinatorId()))) {
			return coordinatorForm(network, form, model);
		}
		redirect.addFlashAttribute("message", "Coordinator changed");
		return "redirect:/networks/" + id;
	}

	private String networkForm(NetworkForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("localities", options(setUp.localities()));
		model.addAttribute("users", options(setUp.enabledUsers()));
		return "network/network-form";
	}

	private String coordinatorForm(Networks.Network network, CoordinatorForm form, Model model) {
		model.addAttribute("network", network);
		model.addAttribute("form", form);
		model.addAttribute("users", options(setUp.enabledUsers()));
		return "network/coordinator-form";
	}

	static List<Option> options(List<NetworkSetUp.Choice> choices) {
		return choices.stream().map(c -> Option.of(c.id(), c.name())).toList();
	}

	static Set<UUID> ids(List<NetworkSetUp.Choice> choices) {
		return choices.stream().map(NetworkSetUp.Choice::id).collect(Collectors.toSet());
	}

}
