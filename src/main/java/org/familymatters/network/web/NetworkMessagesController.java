package org.familymatters.network.web;

import java.util.List;
import java.util.UUID;

import org.familymatters.network.internal.NetworkMessages;
import org.familymatters.network.internal.Networks;
import org.familymatters.shared.limits.PerUserLimit;
import org.familymatters.shared.security.SignedIn;
import org.familymatters.shared.web.FormCheck;
import org.familymatters.shared.web.Option;
import org.familymatters.shared.web.PublicAddress;

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
 * Messages to a network's members, for its members and coordinator (anyone else is
 * refused, 403): the history, newest first, and writing a message. The form warns that no
 * family's personal data may be in it; a message in which the check finds names of people
 * on record is shown again with those words, to edit or to confirm.
 */
@Controller
@SignedIn
@RequestMapping("/networks/{id}/messages")
class NetworkMessagesController {

	static final int PAGE_SIZE = 10;

	private static final List<Option> CONFIRM = List
		.of(new Option(NetworkFormCheck.CONFIRMED, "I confirm this message names no family member", null));

	private final NetworkMessages messages;

	private final PublicAddress publicAddress;

	NetworkMessagesController(NetworkMessages messages, PublicAddress publicAddress) {
		this.messages = messages;
		this.publicAddress = publicAddress;
	}

	@GetMapping
	String history(@PathVariable UUID id, @RequestParam(name = "page", defaultValue = "1") String page, Model model) {
		int number;
		try {
			number = Math.max(1, Math.min(100_000, Integer.parseInt(page.strip())));
		}
		catch (NumberFormatException ex) {
			number = 1;
		}
		model.addAttribute("network", messages.requireMember(id));
		model.addAttribute("page", messages.page(id, number, PAGE_SIZE));
		return "network/messages";
	}

	@GetMapping("/new")
	String newMessage(@PathVariable UUID id, Model model) {
		return form(messages.requireMember(id), new MessageForm(), List.of(), model);
	}

	@PostMapping("/new")
	String send(@PathVariable UUID id, @ModelAttribute("form") MessageForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var network = messages.requireMember(id);
		var wait = messages.takePost();
		if (wait.isPresent()) {
			FormCheck.of(result, "network.message")
				.rejectForm("network.message.limit", PerUserLimit.minutes(wait.get()));
			return form(network, form, List.of(), model);
		}
		var checked = NetworkFormCheck.message(form, result);
		if (checked.isEmpty()) {
			return form(network, form, List.of(), model);
		}
		var posted = messages.post(id, checked.get().subject(), checked.get().body(), checked.get().confirmed());
		if (!posted.sent()) {
			form.setConfirmNoNames(null);
			return form(network, form, posted.namesFound(), model);
		}
		redirect.addFlashAttribute("message", "Message sent to the network's members");
		return "redirect:/networks/" + id + "/messages";
	}

	private String form(Networks.Network network, MessageForm form, List<String> namesFound, Model model) {
		model.addAttribute("network", network);
		model.addAttribute("form", form);
		model.addAttribute("namesFound", namesFound);
		model.addAttribute("subjectMax", NetworkMessages.SUBJECT_MAX);
		model.addAttribute("bodyMax", NetworkMessages.BODY_MAX);
		model.addAttribute("confirmOptions", CONFIRM);
		model.addAttribute("familyLinkExample", publicAddress.link("/families/") + "…");
		return "network/message-form";
	}

}
