/**
 * Privacy operations (issue 17): the retention schedule and its nightly run, subject
 * access, rectification and erasure requests, answered by the data protection officer.
 * Each module contributes what it holds through the contracts in {@code shared.privacy};
 * this module orchestrates and keeps the requests.
 */
@ApplicationModule(displayName = "Privacy")
@ModuleTables(owns = { "privacy_retention_setting", "privacy_request", "privacy_request_person",
		"privacy_request_decision", "privacy_request_outcome", "privacy_request_package", "privacy_retention_run",
		"privacy_retention_run_kind" })
package org.familymatters.privacy;

import org.familymatters.shared.database.ModuleTables;

import org.springframework.modulith.ApplicationModule;
