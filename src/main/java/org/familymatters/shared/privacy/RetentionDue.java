package org.familymatters.shared.privacy;

import java.util.List;

/**
 * What a retention rule would remove or anonymise now: how many records, and a few of
 * them described without anyone's personal data (a reference and a date), for the
 * administrators' preview.
 */
public record RetentionDue(long count, List<String> examples) {

	public RetentionDue {
		examples = List.copyOf(examples);
	}

}
