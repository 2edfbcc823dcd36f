package org.familymatters.shared.privacy;

import java.util.List;

/**
 * One part of a subject access package: for example "Family records" or "Court desk
 * contacts", with the records found.
 *
 * @param module the module that holds the records (its name, for the package's index)
 * @param title the heading, in plain words
 * @param items the records, each with its fields
 */
public record SubjectAccessSection(String module, String title, List<SubjectAccessItem> items) {

	public SubjectAccessSection {
		items = List.copyOf(items);
	}

}
