package org.familymatters.directory.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.familymatters.directory.internal.Resource;
import org.familymatters.directory.internal.ResourceFile;
import org.familymatters.directory.internal.ResourceFiles;
import org.familymatters.directory.internal.Resources;
import org.familymatters.shared.security.Public;
import org.familymatters.shared.web.FormCheck;
import org.familymatters.shared.web.NotFound;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Resource packs: the editors of resources attach a file to a resource and replace it
 * with new versions; anyone sees an active resource's versions and downloads any of them.
 */
@Controller
class ResourceFileController {

	private final ResourceFiles files;

	private final Resources resources;

	ResourceFileController(ResourceFiles files, Resources resources) {
		this.files = files;
		this.resources = resources;
	}

	@GetMapping("/directory/resources/{id}/file")
	@PreAuthorize(ResourceAdminController.RESOURCE_EDITORS)
	String filePage(@PathVariable UUID id, CsrfToken csrf, Model model) {
		var resource = find(id);
		var form = new ResourceFileForm();
		form.setSeen(files.current(id).map(ResourceFile::number).orElse(0));
		return page(resource, form, csrf, model);
	}

	@PostMapping("/directory/resources/{id}/file")
	@PreAuthorize(ResourceAdminController.RESOURCE_EDITORS)
	String attach(@PathVariable UUID id, @ModelAttribute("form") ResourceFileForm form, BindingResult result,
			CsrfToken csrf, Model model, RedirectAttributes redirect) throws IOException {
		var resource = find(id);
		var check = FormCheck.of(result, ResourceFileForm.PREFIX);
		var file = form.getFile();
		long size = (file != null) ? file.getSize() : 0;
		byte[] content = null;
		if (size > 0) {
			content = (size <= files.maxBytes()) ? file.getBytes() : firstBytes(file);
		}
		files.problem(size, content).ifPresent(problem -> check.reject("file", problem.code(), files.maxMegabytes()));
		var note = check.text("changeNote", form.getChangeNote(), ResourceFile.CHANGE_NOTE_MAX);
		boolean replacing = files.current(id).isPresent();
		if (replacing && note == null) {
			check.reject("changeNote", "required");
		}
		if (form.getSeen() == null && !check.failed("seen")) {
			check.rejectForm("record.changedElsewhere");
		}
		if (check.failed()) {
			return page(resource, form, csrf, model);
		}
		var upload = new ResourceFiles.Upload(file.getOriginalFilename(), content, note);
		var attached = new ResourceFile[1];
		if (!check.saved(() -> attached[0] = files.attach(id, form.getSeen(), upload))) {
			return page(resource, form, csrf, model);
		}
		redirect.addFlashAttribute("message",
				"Version " + attached[0].number() + " of the file attached to " + resource.title());
		return "redirect:/directory/resources/" + id + "/file";
	}

	@GetMapping("/resources/{id}/versions")
	@Public
	String history(@PathVariable UUID id, Model model) {
		var resource = resources.find(id).filter(r -> !r.archived()).orElseThrow(() -> new NotFound("resource", id));
		var versions = files.versions(id);
		if (versions.isEmpty()) {
			throw new NotFound("resource file", id);
		}
		model.addAttribute("resource", resource);
		model.addAttribute("versions", versions);
		return "directory/resource-file-history";
	}

	@GetMapping("/resources/{id}/files/{number}")
	@Public
	ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable int number) {
		var download = files.download(id, number).orElseThrow(() -> new NotFound("resource file", id + "/" + number));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(download.type().contentType()))
			.contentLength(download.content().length)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(download.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(download.content());
	}

	private Resource find(UUID id) {
		return resources.find(id).orElseThrow(() -> new NotFound("resource", id));
	}

	/**
	 * The page and its form, whose address carries the CSRF token: a request over the
	 * largest upload is refused before its fields are read, and must still pass the CSRF
	 * check to be answered with a page that says why.
	 */
	private String page(Resource resource, ResourceFileForm form, CsrfToken csrf, Model model) {
		model.addAttribute("resource", resource);
		model.addAttribute("action", "/directory/resources/" + resource.id() + "/file?" + csrf.getParameterName() + "="
				+ URLEncoder.encode(csrf.getToken(), StandardCharsets.UTF_8));
		model.addAttribute("form", form);
		model.addAttribute("versions", files.versions(resource.id()));
		model.addAttribute("maxMegabytes", files.maxMegabytes());
		return "directory/resource-file";
	}

	private static byte[] firstBytes(MultipartFile file) throws IOException {
		try (var in = file.getInputStream()) {
			return in.readNBytes(16);
		}
	}

}
