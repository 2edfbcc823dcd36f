package org.familymatters.directory.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import org.familymatters.directory.api.OpenReferralExport;
import org.familymatters.directory.internal.ImportAddresses;
import org.familymatters.directory.internal.OpenReferralImport;
import org.familymatters.shared.input.Input;
import org.familymatters.shared.security.AdministratorsOnly;
import org.familymatters.shared.web.FormCheck;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MultipartFile;

/**
 * Administrators import an Open Referral UK feed into the directory, and export the
 * directory as one.
 */
@Controller
@AdministratorsOnly
@RequestMapping("/admin/directory")
class DirectoryTransferController {

	/** The message codes of the import forms' fields start with this. */
	private static final String PREFIX = "directory.import";

	private final OpenReferralImport imports;

	private final OpenReferralExport exports;

	private final Clock clock;

	private final ImportAddresses addresses;

	DirectoryTransferController(OpenReferralImport imports, OpenReferralExport exports, Clock clock,
			ImportAddresses addresses) {
		this.imports = imports;
		this.exports = exports;
		this.clock = clock;
		this.addresses = addresses;
	}

	@GetMapping
	String page(Model model) {
		model.addAttribute("form", new ImportForm());
		return "directory/admin/transfer";
	}

	@PostMapping("/import-file")
	String importFile(@ModelAttribute("form") ImportForm form, BindingResult result, Model model) throws IOException {
		var file = form.getFile();
		if (file == null || file.isEmpty()) {
			FormCheck.of(result, PREFIX).reject("file", "required");
			return "directory/admin/transfer";
		}
		var name = Input.text(file.getOriginalFilename(), 255).toOptional().orElse("the uploaded file");
		try (var in = file.getInputStream()) {
			model.addAttribute("report", imports.importFile(in, name));
		}
		return "directory/admin/transfer";
	}

	@PostMapping("/import-address")
	String importAddress(@ModelAttribute("form") ImportForm form, BindingResult result, Model model) {
		var check = FormCheck.of(result, PREFIX);
		var address = check.take("address", Input.webAddress(form.getAddress()).required());
		if (address != null && addresses.httpRefused(URI.create(address))) {
			check.reject("address", "https");
		}
		if (check.failed()) {
			return "directory/admin/transfer";
		}
		var uri = URI.create(address);
		model.addAttribute("report", imports.importApi(uri));
		return "directory/admin/transfer";
	}

	@GetMapping("/export")
	ResponseEntity<byte[]> export() {
		var out = new ByteArrayOutputStream();
		int services = exports.write(out);
		exports.recordExport(services);
		var filename = "family-matters-directory-" + LocalDate.now(clock) + ".json";
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(out.toByteArray());
	}

	/** What the import forms send. */
	public static class ImportForm {

		private MultipartFile file;

		private String address;

		public MultipartFile getFile() {
			return file;
		}

		public void setFile(MultipartFile file) {
			this.file = file;
		}

		public String getAddress() {
			return address;
		}

		public void setAddress(String address) {
			this.address = address;
		}

	}

}
