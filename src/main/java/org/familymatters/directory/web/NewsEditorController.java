package org.familymatters.directory.web;

import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.familymatters.directory.internal.GuideMarkdown;
import org.familymatters.directory.internal.NewsItem;
import org.familymatters.directory.internal.NewsItems;
import org.familymatters.shared.web.FormCheck;
import org.familymatters.shared.web.NotFound;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Training coordinators, managers and administrators write the news and newsletters
 * (drafts, then published under a date).
 */
@Controller
@PreAuthorize(NewsEditorController.NEWS_EDITORS)
@RequestMapping("/news/manage")
class NewsEditorController {

	/** Who writes the news. */
	static final String NEWS_EDITORS = "hasAnyRole('TRAINING_COORDINATOR', 'MANAGER', 'ADMINISTRATOR')";

	private static final String LIST = "redirect:/news/manage";

	private final NewsItems news;

	private final GuideMarkdown markdown;

	NewsEditorController(NewsItems news, GuideMarkdown markdown) {
		this.news = news;
		this.markdown = markdown;
	}

	@GetMapping
	String list(@RequestParam(name = "page", required = false) String page, Model model) {
		model.addAttribute("items", news.all(StaffLists.pageNumber(page), StaffLists.PAGE_SIZE));
		model.addAttribute("pageUrl", "/news/manage");
		return "directory/news-manage";
	}

	@GetMapping("/new")
	String newItem(Model model) {
		var form = new NewsForm();
		form.setKind(NewsItem.Kind.NEWS.code());
		form.setStatus(NewsItem.Status.DRAFT.code());
		return form(form, null, null, model);
	}

	@PostMapping("/new")
	String create(@ModelAttribute("form") NewsForm form, BindingResult result,
			@RequestParam(required = false) String preview, Model model, RedirectAttributes redirect) {
		var check = FormCheck.of(result, NewsForm.PREFIX);
		var draft = check(form, null, check);
		if (check.failed()) {
			return form(form, null, null, model);
		}
		if (preview != null) {
			return form(form, null, markdown.toHtml(draft.body()), model);
		}
		try {
			var created = news.create(draft);
			redirect.addFlashAttribute("message", message(created, "added"));
			return LIST;
		}
		catch (NewsItems.SlugTaken ex) {
			check.reject("slug", "taken");
			return form(form, null, null, model);
		}
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		var item = find(id);
		return form(NewsForm.of(item), item, null, model);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable UUID id, @ModelAttribute("form") NewsForm form, BindingResult result,
			@RequestParam(required = false) String preview, Model model, RedirectAttributes redirect) {
		var item = find(id);
		var check = FormCheck.of(result, NewsForm.PREFIX);
		var draft = check(form, id, check);
		if (form.getVersion() == null && !check.failed("version")) {
			check.rejectForm("record.changedElsewhere");
		}
		if (check.failed()) {
			return form(form, item, null, model);
		}
		if (preview != null) {
			return form(form, item, markdown.toHtml(draft.body()), model);
		}
		var saved = new AtomicReference<NewsItem>();
		try {
			if (check.saved(() -> saved.set(news.update(id, form.getVersion(), draft)))) {
				redirect.addFlashAttribute("message", message(saved.get(), "saved"));
				return LIST;
			}
		}
		catch (NewsItems.SlugTaken ex) {
			check.reject("slug", "taken");
		}
		return form(form, item, null, model);
	}

	private NewsItem.Draft check(NewsForm form, UUID id, FormCheck check) {
		var draft = form.check(check);
		if (draft != null && draft.slug() != null && news.slugTaken(draft.slug(), id)) {
			check.reject("slug", "taken");
			return null;
		}
		return draft;
	}

	private static String message(NewsItem item, String done) {
		return item.kind().label() + " " + done + ": " + item.title()
				+ (item.published() ? " (published)" : " (a draft: only editors see it)");
	}

	private NewsItem find(UUID id) {
		return news.find(id).orElseThrow(() -> new NotFound("news item", id));
	}

	private String form(NewsForm form, NewsItem item, String previewHtml, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("item", item);
		model.addAttribute("previewHtml", previewHtml);
		model.addAttribute("kindOptions",
				Arrays.stream(NewsItem.Kind.values()).map(k -> Option.of(k.code(), k.label())).toList());
		model.addAttribute("statusOptions",
				Arrays.stream(NewsItem.Status.values())
					.map(s -> new Option(s.code(), s.label(),
							(s == NewsItem.Status.DRAFT) ? "Only the news's editors see it"
									: "Everyone sees it on the news page and in the feed"))
					.toList());
		return "directory/news-form";
	}

}
