package org.familymatters.family.internal;

import java.util.List;
import java.util.UUID;

import org.familymatters.directory.ServiceCriteria;
import org.familymatters.directory.ServiceSearch;
import org.familymatters.directory.ServiceSummary;
import org.familymatters.directory.Taxonomies;

import org.springframework.stereotype.Service;

/**
 * The directory's services for prison visits (its "prison-visits" need: booking, travel,
 * visitors' centres, family days) offered in a family's locality, its county or
 * nationally, for the family's page while someone of the family is in custody. Public
 * information: nothing of the family is sent to the directory but its locality.
 */
@Service
public class PrisonVisitServices {

	/** The directory's needs term for prison visits. */
	static final String TERM = "prison-visits";

	/** The most services listed. */
	static final int MOST = 10;

	private final Taxonomies taxonomies;

	private final ServiceSearch search;

	PrisonVisitServices(Taxonomies taxonomies, ServiceSearch search) {
		this.taxonomies = taxonomies;
		this.search = search;
	}

	/**
	 * The active prison-visit services offered in the locality, best first; none when the
	 * directory has no such need or its search ran out of time.
	 */
	public List<ServiceSummary> near(UUID localityId) {
		var term = taxonomies.allTerms().stream().filter(t -> TERM.equals(t.code())).findFirst();
		if (term.isEmpty()) {
			return List.of();
		}
		try {
			return search
				.search(new ServiceCriteria(null, term.get().id(), null, null, null, null, localityId, null, false,
						null, null, null, 1, MOST))
				.items();
		}
		catch (ServiceSearch.TookTooLong ex) {
			return List.of();
		}
	}

}
