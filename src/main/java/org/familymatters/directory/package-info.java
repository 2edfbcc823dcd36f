/**
 * The directory of support: organisations' services, where and when they run, who they
 * are for and what needs they meet, in the shape of Open Referral UK (HSDS 3.0),
 * published openly under {@code /openreferral}.
 */
@ApplicationModule(displayName = "Directory")
@ModuleTables(owns = { "dir_organization", "dir_service", "dir_location", "dir_service_at_location", "dir_contact",
		"dir_phone", "dir_schedule", "dir_service_area", "dir_language", "dir_taxonomy", "dir_taxonomy_term",
		"dir_attribute", "dir_search_word", "dir_resource", "dir_guide", "dir_guide_version", "dir_guide_feedback",
		"dir_resource_file", "dir_news" })
package org.familymatters.directory;

import org.familymatters.shared.database.ModuleTables;

import org.springframework.modulith.ApplicationModule;
