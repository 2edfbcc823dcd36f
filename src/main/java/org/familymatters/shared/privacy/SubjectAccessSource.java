package org.familymatters.shared.privacy;

import java.util.List;

/**
 * What one module holds about a person, for their subject access package. Each module
 * that keeps personal data provides one bean; the privacy module asks them all and puts
 * their sections in one package (PDF and JSON).
 * <p>
 * A source reads only its own module's tables, records an audit event for every record it
 * reads (basis ROLE, reference the request's id), and redacts what is about someone else
 * unless that person consented to it being shared ({@link SubjectAccessField#redacted}).
 */
public interface SubjectAccessSource {

	/** Where this source's sections come in the package: lower first. */
	int order();

	/** The sections about the person: none when the module holds nothing about them. */
	List<SubjectAccessSection> find(DataSubject subject);

}
