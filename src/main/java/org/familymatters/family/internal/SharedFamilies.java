package org.familymatters.family.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.consent.Access;
import org.familymatters.consent.AccessDecision;
import org.familymatters.family.Person;
import org.familymatters.identity.Role;
import org.familymatters.shared.security.CurrentUser;
import org.familymatters.shared.security.SignedInUser;
import org.familymatters.shared.web.Page;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The families shared with an agency practitioner's or a safeguarding lead's organisation
 * today: every family whose current consent or approval could cover them, decided one by
 * one by the access decision, so that the list holds exactly the families they may open,
 * each with its basis (consent or a safeguarding approval) and until when. A search finds
 * a family by its reference, or by the first letters of the names of the people the user
 * may see (a school: its own pupils). Every family shown is audited with its basis, and
 * every search.
 */
@Service
public class SharedFamilies {

	private final Families families;

	private final AccessDecision access;

	private final AuditTrail audit;

	private final CurrentUser currentUser;

	SharedFamilies(Families families, AccessDecision access, AuditTrail audit, CurrentUser currentUser) {
		this.families = families;
		this.access = access;
		this.audit = audit;
		this.currentUser = currentUser;
	}

	/**
	 * One page of the families shared with the user, by reference, found by
	 * {@code search} (a reference, or words that begin the names of people they may see;
	 * null for all). A page past the last is empty.
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('AGENCY_PRACTITIONER', 'SAFEGUARDING_LEAD')")
	public Page<Row> find(String search, int page, int size) {
		var subjects = families.subjects(access.familiesSharedWithMe());
		var decided = access.decideEach(subjects.values());
		var allowed = decided.entrySet().stream().filter(e -> e.getValue().access().allowed()).toList();
		var ids = allowed.stream().map(e -> e.getKey()).toList();
		var references = families.references(ids);
		var people = families.peopleOf(ids);
		var text = (search != null) ? search.strip() : "";
		var reference = FamilyListing.reference(text);
		var words = (reference == null && !text.isEmpty()) ? FamilyListing.words(text) : List.<String>of();
		var rows = new ArrayList<Row>();
		for (var each : allowed) {
			var shared = each.getValue();
			var shown = people.getOrDefault(each.getKey(), List.of())
				.stream()
				.filter(p -> shared.access().seesPerson(p.id()))
				.toList();
			var row = new Row(each.getKey(), references.get(each.getKey()),
					shown.stream().map(Person::fullName).toList(), shared.access().basis(), shared.until());
			if (matches(row, shown, reference, words, text)) {
				rows.add(row);
			}
		}
		rows.sort(Comparator.comparing(Row::reference));
		int number = Math.max(1, page);
		var onPage = rows.stream().skip((long) (number - 1) * size).limit(size).toList();
		var byId = decided;
		for (var row : onPage) {
			Access seen = byId.get(row.familyId()).access();
			audit.record(new AuditEntry(FamilyAudit.SHARED_FAMILY_LISTED, true, "family", row.familyId().toString(),
					seen.basis(), seen.reference(), "page " + number + " of the families shared with them"
							+ (text.isEmpty() ? "" : ", found by a search") + ", " + row.people().size() + " named"));
		}
		if (!text.isEmpty()) {
			var organisation = currentUser.find().map(SignedInUser::organisationId).orElse(null);
			audit.record(new AuditEntry(FamilyAudit.SHARED_FAMILIES_SEARCHED, true, "organisation",
					(organisation != null) ? organisation.toString() : null, Basis.ROLE, role(),
					"searched by " + ((reference != null) ? "reference" : "name") + ", " + rows.size() + " found"));
		}
		return new Page<>(onPage, number, size, rows.size());
	}

	private static boolean matches(Row row, List<Person> shown, String reference, List<String> words, String text) {
		if (text.isEmpty()) {
			return true;
		}
		if (reference != null) {
			return reference.equals(row.reference());
		}
		if (words.isEmpty()) {
			return false;
		}
		return words.stream()
			.allMatch(word -> shown.stream()
				.anyMatch(p -> p.givenName().toLowerCase(Locale.UK).startsWith(word)
						|| p.familyName().toLowerCase(Locale.UK).startsWith(word)));
	}

	private String role() {
		return currentUser.roles(Role.class)
			.stream()
			.filter(r -> r == Role.AGENCY_PRACTITIONER || r == Role.SAFEGUARDING_LEAD)
			.map(Role::name)
			.sorted()
			.reduce((a, b) -> a + "," + b)
			.orElse("");
	}

	/**
	 * A family shared with the user.
	 *
	 * @param people the names of the people they may see; none when consent does not
	 * cover who they are
	 * @param basis CONSENT or SAFEGUARDING
	 * @param until the last day it is shared; null for consent with no review date
	 */
	public record Row(UUID familyId, String reference, List<String> people, Basis basis, LocalDate until) {
	}

}
