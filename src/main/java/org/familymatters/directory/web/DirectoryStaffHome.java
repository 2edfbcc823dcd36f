package org.familymatters.directory.web;

import org.familymatters.shared.security.DirectoryEditors;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The navigation's "Directory" entry opens the list of services. */
@Controller
@DirectoryEditors
class DirectoryStaffHome {

	@GetMapping("/directory")
	String home() {
		return "redirect:/directory/services";
	}

}
