package org.familymatters.network.web;

import java.util.UUID;

import org.familymatters.network.internal.DocumentKind;
import org.familymatters.network.internal.NetworkDocuments;
import org.familymatters.network.internal.Networks;
import org.familymatters.shared.security.CurrentUser;
import org.familymatters.shared.security.SignedIn;
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
 * A network's terms of reference and consent form: every version (anyone signed in), and
 * a new version written by the coordinator (anyone else is refused, 403).
 */
@Controller
@SignedIn
@RequestMapping("/networks/{id}/documents/{kind}")
class NetworkDocumentsController {

	private final Networks networks;

	private final NetworkDocuments documents;

	private final CurrentUser currentUser;

	NetworkDocumentsController(Networks networks, NetworkDocuments documents, CurrentUser currentUser) {
		this.networks = networks;
		this.documents = documents;
		this.currentUser = currentUser;
	}

	@GetMapping
	String versions(@PathVariable UUID id, @PathVariable String kind, Model model) {
		var network = networks.require(id);
		var which = kind(kind);
		model.addAttribute("network", network);
		model.addAttribute("kind", which);
		model.addAttribute("versions", documents.versions(id, which));
		model.addAttribute("coordinator", network.coordinatorUserId().equals(currentUser.get().id()));
		return "network/documents";
	}

	@GetMapping("/new")
	String newVersion(@PathVariable UUID id, @PathVariable String kind, Model model) {
		var which = kind(kind);
		var network = networks.requireCoordinator(id, currentUser.get().id());
		var form = new DocumentForm();
		var current = documents.current(id, which);
		form.setBody(current.map(NetworkDocuments.Version::body).orElse(null));
		form.setSeen(Integer.toString(current.map(NetworkDocuments.Version::number).orElse(0)));
		return form(network, which, form, model);
	}

	@PostMapping("/new")
	String write(@PathVariable UUID id, @PathVariable String kind, @ModelAttribute("form") DocumentForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		var which = kind(kind);
		var network = networks.requireCoordinator(id, currentUser.get().id());
		var checked = NetworkFormCheck.document(form, result);
		if (checked.isEmpty() || !FormCheck.of(result, "network.document")
			.saved(() -> documents.write(id, which, checked.get().seen(), checked.get().body()))) {
			return form(network, which, form, model);
		}
		redirect.addFlashAttribute("message", which.label() + ": new version saved");
		return "redirect:/networks/" + id;
	}

	private String form(Networks.Network network, DocumentKind kind, DocumentForm form, Model model) {
		model.addAttribute("network", network);
		model.addAttribute("kind", kind);
		model.addAttribute("heading", kind.label() + ": a new version");
		model.addAttribute("form", form);
		model.addAttribute("maxLength", NetworkDocuments.MAX_LENGTH);
		return "network/document-form";
	}

	private static DocumentKind kind(String slug) {
		return DocumentKind.ofSlug(slug).orElseThrow(() -> new NotFound("document kind", slug));
	}

}
