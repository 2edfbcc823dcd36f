package org.familymatters.directory.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.familymatters.directory.internal.Guide;
import org.familymatters.directory.internal.GuideEditing;
import org.familymatters.directory.internal.GuideFeedback;
import org.familymatters.directory.internal.GuideMarkdown;
import org.familymatters.directory.internal.Guides;
import org.familymatters.shared.security.DirectoryEditors;
import org.familymatters.shared.web.FormCheck;
import org.familymatters.shared.web.NotFound;
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
 * The directory's editors keep the guides for families up to date, each save a new
 * version.
 */
@Controller
@DirectoryEditors
@RequestMapping("/directory/guides")
class GuideEditorController {

	private static final DateTimeFormatter SAVED_AT = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);

	private final Guides guides;

	private final GuideEditing editing;

	private final GuideFeedback feedback;

	private final GuideMarkdown markdown;

	GuideEditorController(Guides guides, GuideEditing editing, GuideFeedback feedback, GuideMarkdown markdown) {
		this.guides = guides;
		this.editing = editing;
		this.feedback = feedback;
		this.markdown = markdown;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("guides", guides.all());
		model.addAttribute("feedback", feedback.all());
		model.addAttribute("none", GuideFeedback.Counts.NONE);
		return "directory/guides/manage";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		var guide = find(id);
		return form(guide, GuideForm.of(guide, guides.current(guide)), null, model);
	}

	/**
	 * Saves a new version, or with {@code preview} shows how the page would look without
	 * saving.
	 */
	@PostMapping("/{id}/edit")
	String save(@PathVariable UUID id, @ModelAttribute("form") GuideForm form, BindingResult result,
			@RequestParam(required = false) String preview, Model model, RedirectAttributes redirect) {
		var guide = find(id);
		var check = FormCheck.of(result, GuideForm.PREFIX);
		var change = form.check(check);
		if (form.getVersion() == null && !check.failed("version")) {
			check.rejectForm("record.changedElsewhere");
		}
		if (check.failed()) {
			return form(guide, form, null, model);
		}
		if (preview != null) {
			return form(guide, form, markdown.toHtml(change.body()), model);
		}
		var number = new AtomicInteger();
		try {
			if (check.saved(() -> number.set(editing.save(id, form.getVersion(), change)))) {
				redirect.addFlashAttribute("message",
						"Guide saved: " + change.title() + " (version " + number.get() + ")");
				return "redirect:/directory/guides";
			}
		}
		catch (GuideEditing.NothingChanged ex) {
			check.rejectForm("guide.unchanged");
		}
		return form(guide, form, null, model);
	}

	@GetMapping("/{id}/versions")
	String history(@PathVariable UUID id, Model model) {
		var guide = find(id);
		model.addAttribute("guide", guide);
		model.addAttribute("versions", guides.versions(id));
		return "directory/guides/history";
	}

	@GetMapping("/{id}/versions/{number}")
	String version(@PathVariable UUID id, @PathVariable int number, Model model) {
		var guide = find(id);
		var version = guides.version(id, number).orElseThrow(() -> new NotFound("guide version", id + "/" + number));
		model.addAttribute("guide", guide);
		model.addAttribute("version", version);
		model.addAttribute("html", markdown.toHtml(version.body()));
		model.addAttribute("details",
				List.of(SummaryRow.of("Saved", SAVED_AT.format(version.savedAt())),
						SummaryRow.of("By", version.authorName()),
						SummaryRow.of("What changed",
								(version.changeNote() != null) ? version.changeNote() : "No note"),
						SummaryRow.of("Title", version.title()), SummaryRow.of("Summary", version.summary())));
		return "directory/guides/version";
	}

	private Guide find(UUID id) {
		return guides.find(id).orElseThrow(() -> new NotFound("guide", id));
	}

	private String form(Guide guide, GuideForm form, String previewHtml, Model model) {
		model.addAttribute("guide", guide);
		model.addAttribute("form", form);
		model.addAttribute("previewHtml", previewHtml);
		return "directory/guides/edit";
	}

}
