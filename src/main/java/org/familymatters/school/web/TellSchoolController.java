package org.familymatters.school.web;

import java.util.UUID;

import org.familymatters.school.internal.SchoolTelling;
import org.familymatters.school.internal.TellingRule.ChildState;
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
 * "Tell a child's school", from a family's page, for those who may change the family:
 * each child with a school on record, whether the school has a designated contact,
 * whether consent covers the school, whether it was told already; and telling the school
 * of a child it may be told about. A refusal says why at the top of the page.
 */
@Controller
@PreAuthorize("hasRole('SUPPORT_WORKER')")
@RequestMapping("/families/{id}/schools")
class TellSchoolController {

	private final SchoolTelling telling;

	TellSchoolController(SchoolTelling telling) {
		this.telling = telling;
	}

	@GetMapping
	String page(@PathVariable UUID id, Model model) {
		return page(id, new TellForm(), model);
	}

	@PostMapping
	String tell(@PathVariable UUID id, @ModelAttribute("form") TellForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var check = FormCheck.of(result, "school");
		var child = check.requiredIdentifier("child", form.getChild());
		if (check.failed()) {
			return page(id, form, model);
		}
		var outcome = telling.tell(id, child);
		switch (outcome) {
			case TOLD -> {
				redirect.addFlashAttribute("message",
						"The school has been told. Its designated contact has been sent an e-mail with a link to "
								+ "their list of pupils affected.");
				return "redirect:/families/" + id + "/schools";
			}
			case NO_CONTACT -> check.rejectForm("school.tell.noContact");
			case NOT_COVERED -> check.rejectForm("school.tell.notCovered");
			case ALREADY_TOLD -> check.rejectForm("school.tell.alreadyTold");
		}
		return page(id, form, model);
	}

	private String page(UUID id, TellForm form, Model model) {
		var children = telling.children(id);
		model.addAttribute("children", children);
		model.addAttribute("form", form);
		model.addAttribute("childOptions",
				children.children()
					.stream()
					.filter(c -> c.state() == ChildState.MAY_BE_TOLD)
					.map(c -> new Option(c.id().toString(), c.name(), c.schoolName()))
					.toList());
		return "school/tell";
	}

}
