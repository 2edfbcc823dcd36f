package org.familymatters.family.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.familymatters.family.FamilyRecords;
import org.familymatters.family.FamilyView;
import org.familymatters.family.internal.Attachments;
import org.familymatters.family.internal.FamilyEditing;
import org.familymatters.shared.security.SignedIn;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Files kept with a family's record: attaching one (checked by its content) and
 * downloading one. For those who may change the family only (the access decision answers,
 * 403 otherwise; a download is audited).
 */
@Controller
@SignedIn
@RequestMapping("/families/{id}/attachments")
class AttachmentsController {

	private static final long MEGABYTE = 1024 * 1024;

	private final FamilyRecords records;

	private final FamilyEditing editing;

	private final Attachments attachments;

	AttachmentsController(FamilyRecords records, FamilyEditing editing, Attachments attachments) {
		this.records = records;
		this.editing = editing;
		this.attachments = attachments;
	}

	@GetMapping("/new")
	String newAttachment(@PathVariable UUID id, Model model) {
		var view = records.viewForChange(id);
		return form(view, new AttachmentForm(), model);
	}

	@PostMapping("/new")
	String add(@PathVariable UUID id, @ModelAttribute("form") AttachmentForm form, BindingResult result, Model model,
			RedirectAttributes redirect) throws IOException {
		var view = records.viewForChange(id);
		var file = form.getFile();
		long size = (file != null) ? file.getSize() : 0;
		byte[] content = null;
		if (size > 0 && size <= attachments.maxBytes()) {
			content = file.getBytes();
		}
		var problem = attachments.problem(id, size, (size > attachments.maxBytes()) ? firstBytes(file) : content);
		var description = FamilyFormCheck.attachment(form, problem, problem.map(attachments::limitOf).orElse(0L),
				result);
		if (result.hasErrors()) {
			return form(view, form, model);
		}
		editing.addAttachment(id, new Attachments.Upload(file.getOriginalFilename(), content, description));
		redirect.addFlashAttribute("message", "Attachment added");
		return "redirect:/families/" + id;
	}

	@GetMapping("/{attachmentId}")
	ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID attachmentId) {
		var download = editing.download(id, attachmentId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(download.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(download.filename(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(download.content());
	}

	private String form(FamilyView view, AttachmentForm form, Model model) {
		model.addAttribute("view", view);
		model.addAttribute("form", form);
		model.addAttribute("maxMegabytes", attachments.maxBytes() / MEGABYTE);
		return "family/attachment-form";
	}

	private static byte[] firstBytes(MultipartFile file) throws IOException {
		try (var in = file.getInputStream()) {
			return in.readNBytes(16);
		}
	}

}
