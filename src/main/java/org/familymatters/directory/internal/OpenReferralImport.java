package org.familymatters.directory.internal;

import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.identity.Localities;
import org.familymatters.identity.Locality;
import org.familymatters.shared.input.Input;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports an Open Referral UK feed: a JSON file (a page of services as {@code /services}
 * answers, a list of services, or one service), or the {@code /services} of another
 * directory's API, page by page. The feed is read by {@link OpenReferralFeed}, each
 * service checked by {@link OpenReferralParser} and written whole by
 * {@link OpenReferralStore} in its own transaction: a bad service is reported with its
 * reason and written not at all, while the good ones are kept. Ids are kept, so importing
 * the same feed again changes nothing.
 */
@Service
public class OpenReferralImport {

	private final OpenReferralFeed feed;

	private final OpenReferralStore store;

	private final TransactionTemplate transactions;

	private final Localities localities;

	private final AuditTrail audit;

	private final Clock clock;

	OpenReferralImport(OpenReferralFeed feed, OpenReferralStore store, TransactionTemplate transactions,
			Localities localities, AuditTrail audit, Clock clock) {
		this.feed = feed;
		this.store = store;
		this.transactions = transactions;
		this.localities = localities;
		this.audit = audit;
		this.clock = clock;
	}

	/** Imports a JSON file. */
	public Report importFile(InputStream file, String source) {
		var tally = new Tally(source);
		JsonNode root;
		try {
			root = feed.readFile(file);
		}
		catch (OpenReferralFeed.Unreadable ex) {
			return finish(tally, ex.getMessage());
		}
		var services = OpenReferralParser.services(root);
		if (services.isEmpty()) {
			return finish(tally,
					"The file is not an Open Referral UK feed: expected a page of services (with \"contents\"), a list of services, or one service.");
		}
		var places = localitiesByName();
		for (var service : services.get()) {
			tally.position++;
			importService(service, tally, places);
		}
		return finish(tally, null);
	}

	/**
	 * Imports every service of another directory's Open Referral UK API: its taxonomies
	 * and terms first, then {@code /services} page by page, reading each service whole
	 * from {@code /services/{id}}.
	 */
	public Report importApi(URI base) {
		var source = base.toString();
		var tally = new Tally(source);
		if (Input.webAddress(source).failed()) {
			return finish(tally, "The address must be a web address starting http:// or https://");
		}
		var root = source.endsWith("/") ? source.substring(0, source.length() - 1) : source;
		try {
			for (var taxonomy : feed.pages(root + "/taxonomies")) {
				OpenReferralParser.taxonomy(taxonomy).ifPresent(store::saveTaxonomy);
			}
			for (var term : feed.pages(root + "/taxonomy_terms")) {
				OpenReferralParser.term(term).ifPresent(store::saveTerm);
			}
			var places = localitiesByName();
			for (var brief : feed.pages(root + "/services")) {
				tally.position++;
				var id = Input.identifier(brief.path("id").asString(""));
				if (id.failed() || id.isEmpty()) {
					tally.refuse(brief, "id must be a UUID");
					continue;
				}
				importService(feed.read(root + "/services/" + id.value()), tally, places);
			}
		}
		catch (OpenReferralFeed.Unreadable ex) {
			return finish(tally, ex.getMessage());
		}
		return finish(tally, null);
	}

	private void importService(JsonNode node, Tally tally, Map<String, Locality> places) {
		var parsed = OpenReferralParser.service(node, places, Instant.now(clock));
		if (parsed.refused()) {
			tally.refuse(node, parsed.refusal());
			return;
		}
		try {
			if (store.save(parsed.draft())) {
				tally.updated++;
			}
			else {
				tally.added++;
			}
		}
		catch (OpenReferralStore.NotStored ex) {
			tally.refuse(node, ex.getMessage());
		}
	}

	private Map<String, Locality> localitiesByName() {
		return localities.findAll()
			.stream()
			.collect(Collectors.toMap(l -> l.name().toLowerCase(Locale.ROOT), Function.identity(), (a, b) -> a));
	}

	private Report finish(Tally tally, String feedProblem) {
		if (feedProblem != null) {
			tally.problems.add(0, new Problem(0, null, null, feedProblem));
		}
		var report = new Report(tally.source, tally.added, tally.updated, List.copyOf(tally.problems));
		transactions.executeWithoutResult(tx -> audit.record(new AuditEntry(DirectoryAudit.DIRECTORY_IMPORTED,
				feedProblem == null, "directory", null, Basis.ROLE, "ADMINISTRATOR", report.summary())));
		return report;
	}

	/**
	 * What an import did: services added and updated, and each service refused with its
	 * reason.
	 */
	public record Report(String source, int added, int updated, List<Problem> problems) {

		public int refused() {
			return problems.size();
		}

		public String summary() {
			return "%s: %d added, %d updated, %d refused".formatted(source, added, updated, problems.size());
		}

	}

	/**
	 * A record that could not be imported.
	 *
	 * @param position the service's place in the feed, from 1 (0 for the feed as a whole)
	 */
	public record Problem(int position, String id, String name, String reason) {
	}

	private static final class Tally {

		final String source;

		final List<Problem> problems = new ArrayList<>();

		int position;

		int added;

		int updated;

		Tally(String source) {
			this.source = source;
		}

		void refuse(JsonNode node, String reason) {
			problems.add(new Problem(position, OpenReferralParser.text(node, "id"),
					OpenReferralParser.text(node, "name"), reason));
		}

	}

}
