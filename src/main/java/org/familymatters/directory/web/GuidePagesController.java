package org.familymatters.directory.web;

import org.familymatters.directory.internal.GuideFeedback;
import org.familymatters.directory.internal.GuideMarkdown;
import org.familymatters.directory.internal.Guides;
import org.familymatters.shared.security.Public;
import org.familymatters.shared.web.BadRequest;
import org.familymatters.shared.web.NotFound;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Guides for families, one for each stage of the journey, and "Was this page useful?". No
 * sign-in.
 */
@Controller
@Public
class GuidePagesController {

	private final Guides guides;

	private final GuideMarkdown markdown;

	private final GuideFeedback feedback;

	GuidePagesController(Guides guides, GuideMarkdown markdown, GuideFeedback feedback) {
		this.guides = guides;
		this.markdown = markdown;
		this.feedback = feedback;
	}

	@GetMapping("/guides")
	String list(Model model) {
		model.addAttribute("guides", guides.published());
		return "directory/guides";
	}

	@GetMapping("/guides/{slug}")
	String guide(@PathVariable String slug, Model model) {
		var guide = guides.findPublished(slug).orElseThrow(() -> new NotFound("guide", slug));
		model.addAttribute("guide", guide);
		model.addAttribute("html", markdown.toHtml(guides.current(guide).body()));
		return "directory/guide";
	}

	/**
	 * Counts the answer, keeps nothing about who gave it, and goes back to the guide with
	 * thanks.
	 */
	@PostMapping("/guides/{slug}/feedback")
	String feedback(@PathVariable String slug, @RequestParam(required = false) String answer,
			RedirectAttributes redirect) {
		var guide = guides.findPublished(slug).orElseThrow(() -> new NotFound("guide", slug));
		if (!"yes".equals(answer) && !"no".equals(answer)) {
			throw new BadRequest("answer", "Answer yes or no");
		}
		feedback.record(guide.id(), "yes".equals(answer));
		redirect.addFlashAttribute("answered", true);
		return "redirect:/guides/" + guide.slug();
	}

}
