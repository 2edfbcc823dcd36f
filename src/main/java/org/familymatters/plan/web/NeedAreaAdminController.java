package org.familymatters.plan.web;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.familymatters.directory.Taxonomies;
import org.familymatters.plan.internal.HeadlineOutcome;
import org.familymatters.plan.internal.NeedArea;
import org.familymatters.plan.internal.NeedAreas;
import org.familymatters.shared.security.AdministratorsOnly;
import org.familymatters.shared.web.NotFound;
import org.familymatters.shared.web.Option;

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
 * Administrators keep the need areas: list, add and change (a need area no longer used is
 * made inactive, never deleted, so that the assessments scored in it keep their meaning).
 */
@Controller
@AdministratorsOnly
@RequestMapping("/admin/need-areas")
class NeedAreaAdminController {

	private static final String FORM = "plan/need-area-form";

	private static final String LIST = "redirect:/admin/need-areas";

	private final NeedAreas needAreas;

	private final Taxonomies taxonomies;

	NeedAreaAdminController(NeedAreas needAreas, Taxonomies taxonomies) {
		this.needAreas = needAreas;
		this.taxonomies = taxonomies;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("areas", needAreas.all());
		model.addAttribute("needNames", needNames());
		return "plan/need-areas";
	}

	@GetMapping("/new")
	String newArea(Model model) {
		var form = new NeedAreaForm();
		form.setAboutChildren("no");
		model.addAttribute("form", form);
		return form(model, null);
	}

	@PostMapping("/new")
	String add(@ModelAttribute("form") NeedAreaForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var check = NeedAreaForm.checkOf(result);
		var values = form.check(check, this::needExists);
		if (values == null) {
			return form(model, null);
		}
		try {
			var area = needAreas.add(values);
			redirect.addFlashAttribute("message", "Need area added: " + area.label());
			return LIST;
		}
		catch (NeedAreas.LabelTaken ex) {
			check.reject("label", "taken");
			return form(model, null);
		}
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		var area = area(id);
		model.addAttribute("form", NeedAreaForm.of(area));
		return form(model, area);
	}

	@PostMapping("/{id}/edit")
	String change(@PathVariable UUID id, @ModelAttribute("form") NeedAreaForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var area = area(id);
		var check = NeedAreaForm.checkOf(result);
		var values = form.check(check, this::needExists);
		var active = form.checkActive(check);
		if (form.getVersion() == null && !check.failed("version")) {
			check.rejectForm("record.changedElsewhere");
		}
		if (check.failed()) {
			return form(model, area);
		}
		try {
			if (check.saved(() -> needAreas.change(id, form.getVersion(), values, active))) {
				redirect.addFlashAttribute("message", "Need area saved: " + values.label());
				return LIST;
			}
		}
		catch (NeedAreas.LabelTaken ex) {
			check.reject("label", "taken");
		}
		return form(model, area);
	}

	private String form(Model model, NeedArea area) {
		model.addAttribute("area", area);
		model.addAttribute("outcomeOptions",
				Arrays.stream(HeadlineOutcome.values()).map(o -> Option.of(o.name(), o.label())).toList());
		model.addAttribute("yesNo", List.of(Option.of("yes", "Yes"), Option.of("no", "No")));
		model.addAttribute("activeOptions",
				List.of(new Option("yes", "Yes, in use", "Support workers score it in new assessments"),
						new Option("no", "No, inactive",
								"Not in new assessments; the assessments that scored it keep their scores")));
		model.addAttribute("needOptions",
				taxonomies.allTerms()
					.stream()
					.map(t -> Option.of(t.code(), t.name()))
					.distinct()
					.sorted((a, b) -> a.label().compareToIgnoreCase(b.label()))
					.toList());
		return FORM;
	}

	private java.util.Map<String, String> needNames() {
		var names = new java.util.HashMap<String, String>();
		taxonomies.allTerms().forEach(t -> names.putIfAbsent(t.code(), t.name()));
		return names;
	}

	private boolean needExists(String code) {
		return taxonomies.allTerms().stream().anyMatch(t -> Objects.equals(t.code(), code));
	}

	private NeedArea area(UUID id) {
		return needAreas.find(id).orElseThrow(() -> new NotFound("need area", id));
	}

}
