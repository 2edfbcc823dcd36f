package org.familymatters.privacy.web;

import java.util.Arrays;
import java.util.Locale;

import org.familymatters.privacy.internal.RetentionOverview;
import org.familymatters.privacy.internal.RetentionSettings;
import org.familymatters.shared.privacy.RetentionKind;
import org.familymatters.shared.security.AdministratorsOnly;
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
 * Administrators see the retention schedule, what the next nightly run will delete or
 * make anonymous and the last runs, and change a kind's period within its limits.
 */
@Controller
@AdministratorsOnly
@RequestMapping("/admin/retention")
class RetentionController {

	private final RetentionOverview overview;

	private final RetentionSettings settings;

	RetentionController(RetentionOverview overview, RetentionSettings settings) {
		this.overview = overview;
		this.settings = settings;
	}

	@GetMapping
	String schedule(Model model) {
		model.addAttribute("overview", overview.overview());
		model.addAttribute("kinds", RetentionKind.values());
		return "privacy/retention";
	}

	@GetMapping("/{kind}")
	String edit(@PathVariable String kind, Model model) {
		var setting = settings.setting(kind(kind));
		var form = new RetentionForm();
		form.setMonths(Integer.toString(setting.months()));
		form.setVersion(setting.version());
		model.addAttribute("form", form);
		return form(setting, model);
	}

	@PostMapping("/{kind}")
	String change(@PathVariable String kind, @ModelAttribute("form") RetentionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		var setting = settings.setting(kind(kind));
		var months = RetentionFormCheck.months(form, setting.kind(), result);
		var check = org.familymatters.shared.web.FormCheck.of(result, "retention");
		if (months == null
				|| !check.saved(() -> settings.change(setting.kind(), months, form.getVersion().longValue()))) {
			return form(setting, model);
		}
		redirect.addFlashAttribute("message", setting.kind().label() + ": kept for " + months + " months");
		return "redirect:/admin/retention";
	}

	private String form(RetentionSettings.Setting setting, Model model) {
		model.addAttribute("setting", setting);
		model.addAttribute("kind", setting.kind());
		return "privacy/retention-form";
	}

	private static RetentionKind kind(String path) {
		var name = (path != null) ? path.toUpperCase(Locale.ROOT).replace('-', '_') : "";
		return Arrays.stream(RetentionKind.values())
			.filter(k -> k.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new NotFound("retention kind", path));
	}

	/** A kind's address on these pages: its name in lower case, with hyphens. */
	static String path(RetentionKind kind) {
		return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
