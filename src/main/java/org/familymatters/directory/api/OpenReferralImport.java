package org.familymatters.directory.api;

import java.io.InputStream;
import java.io.Serial;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.directory.DirectoryService;
import org.familymatters.directory.Schedules;
import org.familymatters.directory.ServiceSummary;
import org.familymatters.directory.ServiceWriter;
import org.familymatters.directory.internal.DirectoryAudit;
import org.familymatters.identity.Localities;
import org.familymatters.identity.Locality;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Imports an Open Referral UK feed: a JSON file (a page of services as {@code /services}
 * answers, a list of services, or one service), or the {@code /services} of another
 * directory's API, page by page. Each service is checked, then written whole in its own
 * transaction: a bad service is reported with its reason and written not at all, while
 * the good ones are kept. Ids are kept, so importing the same feed again changes nothing.
 */
@Service
public class OpenReferralImport {

	/**
	 * At most this many pages are read from an API, so that a feed that never ends still
	 * does.
	 */
	static final int MAX_PAGES = 1_000;

	private static final Set<String> STATUSES = Set.of("active", "inactive", "defunct", "temporarily closed");

	private static final Set<String> LOCATION_TYPES = Set.of("physical", "postal", "virtual");

	private final ServiceWriter writer;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final JsonMapper json;

	private final Localities localities;

	private final AuditTrail audit;

	OpenReferralImport(ServiceWriter writer, JdbcClient jdbc, TransactionTemplate transactions, JsonMapper json,
			Localities localities, AuditTrail audit) {
		this.writer = writer;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.json = json;
		this.localities = localities;
		this.audit = audit;
	}

	/** Imports a JSON file. */
	public Report importFile(InputStream file, String source) {
		JsonNode root;
		try {
			root = json.readTree(file);
		}
		catch (JacksonException ex) {
			return finish(new Tally(source), feedProblem("The file is not JSON that can be read: " + firstLine(ex)));
		}
		var services = services(root);
		if (services == null) {
			return finish(new Tally(source), feedProblem(
					"The file is not an Open Referral UK feed: expected a page of services (with \"contents\"), a list of services, or one service."));
		}
		var tally = new Tally(source);
		var places = localitiesByName();
		for (var service : services) {
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
		var scheme = (base.getScheme() != null) ? base.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!scheme.equals("http") && !scheme.equals("https") || base.getHost() == null) {
			return finish(tally, feedProblem("The address must be a web address starting http:// or https://"));
		}
		var root = source.endsWith("/") ? source.substring(0, source.length() - 1) : source;
		var client = RestClient.builder()
			.requestFactory(requestFactory())
			.defaultHeader("Accept", "application/json")
			.build();
		try {
			for (var taxonomy : pages(client, root + "/taxonomies")) {
				transactions.executeWithoutResult(tx -> saveTaxonomy(taxonomy));
			}
			for (var term : pages(client, root + "/taxonomy_terms")) {
				transactions.executeWithoutResult(tx -> saveTerm(term));
			}
			var places = localitiesByName();
			for (var brief : pages(client, root + "/services")) {
				tally.position++;
				var id = brief.path("id").asString("");
				JsonNode whole;
				try {
					whole = read(client, root + "/services/" + UUID.fromString(id));
				}
				catch (IllegalArgumentException ex) {
					tally.refuse(brief, "id must be a UUID");
					continue;
				}
				importService(whole, tally, places);
			}
		}
		catch (FeedUnreadable ex) {
			return finish(tally, feedProblem(ex.getMessage()));
		}
		return finish(tally, null);
	}

	private static JdkClientHttpRequestFactory requestFactory() {
		var factory = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build());
		factory.setReadTimeout(Duration.ofSeconds(30));
		return factory;
	}

	/** Every item of every page of a list, following page_number until the last page. */
	private List<JsonNode> pages(RestClient client, String list) {
		var items = new ArrayList<JsonNode>();
		for (int page = 1; page <= MAX_PAGES; page++) {
			var body = read(client, list + "?page=" + page + "&per_page=" + OpenReferralApi.MAX_PER_PAGE);
			var contents = body.path("contents");
			if (!contents.isArray()) {
				throw new FeedUnreadable(list + " did not answer with a page of contents.");
			}
			contents.forEach(items::add);
			if (contents.isEmpty() || body.path("last_page").asBoolean(true)
					|| page >= body.path("total_pages").asInt(page)) {
				break;
			}
		}
		return items;
	}

	private JsonNode read(RestClient client, String address) {
		try {
			var body = client.get().uri(URI.create(address)).retrieve().body(String.class);
			return json.readTree((body != null) ? body : "");
		}
		catch (RestClientException | JacksonException ex) {
			throw new FeedUnreadable("Could not read " + address + ": " + firstLine(ex));
		}
	}

	private void saveTaxonomy(JsonNode node) {
		var id = uuidOrNull(node.path("id").asString(null));
		var name = text(node, "name");
		if (id == null || name == null) {
			return;
		}
		jdbc.sql("""
				insert into dir_taxonomy (id, name, description, uri, version)
				values (:id, :name, :description, :uri, :version) on conflict (id) do nothing
				""")
			.param("id", id)
			.param("name", name)
			.param("description", (text(node, "description") != null) ? text(node, "description") : name)
			.param("uri", text(node, "uri"))
			.param("version", text(node, "version"))
			.update();
	}

	private void saveTerm(JsonNode node) {
		var id = uuidOrNull(node.path("id").asString(null));
		var taxonomy = uuidOrNull(node.path("taxonomy_id").asString(null));
		var name = text(node, "name");
		if (id == null || taxonomy == null || name == null || !taxonomyExists(taxonomy)) {
			return;
		}
		jdbc.sql("""
				insert into dir_taxonomy_term (id, taxonomy_id, code, name, description)
				values (:id, :taxonomy, :code, :name, :description) on conflict do nothing
				""")
			.param("id", id)
			.param("taxonomy", taxonomy)
			.param("code", (text(node, "code") != null) ? text(node, "code") : id.toString())
			.param("name", name)
			.param("description", (text(node, "description") != null) ? text(node, "description") : name)
			.update();
	}

	private boolean taxonomyExists(UUID id) {
		return jdbc.sql("select count(*) from dir_taxonomy where id = :id")
			.param("id", id)
			.query(Long.class)
			.single() > 0;
	}

	private void importService(JsonNode node, Tally tally, Map<String, Locality> places) {
		Parsed parsed;
		try {
			parsed = new Parser(node, places).service();
		}
		catch (Refused ex) {
			tally.refuse(node, ex.getMessage());
			return;
		}
		try {
			boolean existed = Boolean.TRUE.equals(transactions.execute(tx -> {
				boolean before = jdbc.sql("select count(*) from dir_service where id = :id")
					.param("id", parsed.service().summary().id())
					.query(Long.class)
					.single() > 0;
				var o = parsed.organization();
				writer.saveOrganization(o.id(), o.name(), o.description(), o.email(), o.website());
				for (var term : parsed.newTerms()) {
					saveTerm(term);
				}
				for (var t : parsed.service().terms()) {
					if (!termExists(t.id())) {
						throw new Refused("taxonomy term " + t.id() + " is not known here: import its taxonomy first");
					}
				}
				writer.saveService(parsed.service(), parsed.lastModified());
				return before;
			}));
			if (existed) {
				tally.updated++;
			}
			else {
				tally.added++;
			}
		}
		catch (Refused ex) {
			tally.refuse(node, ex.getMessage());
		}
		catch (DuplicateKeyException ex) {
			tally.refuse(node, duplicateReason(ex));
		}
		catch (DataAccessException ex) {
			tally.refuse(node, "the database refused it: " + firstLine(ex.getMostSpecificCause()));
		}
	}

	private boolean termExists(UUID id) {
		return jdbc.sql("select count(*) from dir_taxonomy_term where id = :id")
			.param("id", id)
			.query(Long.class)
			.single() > 0;
	}

	private static String duplicateReason(DuplicateKeyException e) {
		var message = String.valueOf(e.getMostSpecificCause().getMessage());
		if (message.contains("dir_organization_name_unique")) {
			return "another organisation with the same name is already in the directory under a different id";
		}
		return "one of its ids is already used by another record: " + firstLine(e.getMostSpecificCause());
	}

	private Map<String, Locality> localitiesByName() {
		return localities.findAll()
			.stream()
			.collect(Collectors.toMap(l -> l.name().toLowerCase(Locale.ROOT), Function.identity(), (a, b) -> a));
	}

	private Report finish(Tally tally, Problem feedProblem) {
		if (feedProblem != null) {
			tally.problems.add(0, feedProblem);
		}
		var report = new Report(tally.source, tally.added, tally.updated, List.copyOf(tally.problems));
		transactions.executeWithoutResult(tx -> audit.record(new AuditEntry(DirectoryAudit.DIRECTORY_IMPORTED,
				feedProblem == null, "directory", null, Basis.ROLE, "ADMINISTRATOR", report.summary())));
		return report;
	}

	private static Problem feedProblem(String reason) {
		return new Problem(0, null, null, reason);
	}

	private static List<JsonNode> services(JsonNode root) {
		if (root == null) {
			return null;
		}
		if (root.isArray()) {
			var list = new ArrayList<JsonNode>();
			root.forEach(list::add);
			return list;
		}
		if (root.isObject() && root.path("contents").isArray()) {
			return services(root.path("contents"));
		}
		if (root.isObject() && root.has("id") && root.has("name")) {
			return List.of(root);
		}
		return null;
	}

	private static String firstLine(Throwable e) {
		var message = (e.getMessage() != null) ? e.getMessage() : e.getClass().getSimpleName();
		var end = message.indexOf('\n');
		return (end < 0) ? message : message.substring(0, end);
	}

	private static String text(JsonNode node, String field) {
		var value = node.path(field);
		if (value.isNull() || value.isMissingNode()) {
			return null;
		}
		var text = value.isValueNode() ? value.asString().strip() : null;
		return (text == null || text.isEmpty()) ? null : text;
	}

	private static UUID uuidOrNull(String text) {
		try {
			return (text != null) ? UUID.fromString(text.strip()) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
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

	private static final class FeedUnreadable extends RuntimeException {

		@Serial
		private static final long serialVersionUID = 1L;

		FeedUnreadable(String message) {
			super(message);
		}

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
			problems.add(new Problem(position, text(node, "id"), text(node, "name"), reason));
		}

	}

	/** A service that cannot be imported, and why. */
	private static final class Refused extends RuntimeException {

		@Serial
		private static final long serialVersionUID = 1L;

		Refused(String reason) {
			super(reason);
		}

	}

	private record Organization(UUID id, String name, String description, String email, String website) {
	}

	private record Parsed(Organization organization, DirectoryService service, Instant lastModified,
			List<JsonNode> newTerms) {
	}

	/** Reads one service node, refusing it at the first thing wrong. */
	private static final class Parser {

		private final JsonNode node;

		private final Map<String, Locality> localities;

		private final Set<UUID> ids = new HashSet<>();

		private UUID serviceId;

		Parser(JsonNode node, Map<String, Locality> localities) {
			this.node = node;
			this.localities = localities;
		}

		Parsed service() {
			if (!node.isObject()) {
				throw new Refused("a service must be a JSON object");
			}
			serviceId = uuid(node, "id", "id");
			var name = required(node, "name", "name");
			var organizationNode = node.path("organization");
			Organization organization;
			if (organizationNode.isObject()) {
				organization = new Organization(uuid(organizationNode, "id", "organization.id"),
						required(organizationNode, "name", "organization.name"), text(organizationNode, "description"),
						text(organizationNode, "email"), text(organizationNode, "website"));
			}
			else {
				throw new Refused("organization is missing: each service needs its organisation's id and name");
			}
			if (text(node, "organization_id") != null
					&& !organization.id().equals(uuid(node, "organization_id", "organization_id"))) {
				throw new Refused("organization_id does not match organization.id");
			}
			var status = (text(node, "status") != null) ? text(node, "status").toLowerCase(Locale.ROOT) : "active";
			if (!STATUSES.contains(status)) {
				throw new Refused("status must be one of active, inactive, defunct, temporarily closed");
			}
			var minimumAge = age("minimum_age");
			var maximumAge = age("maximum_age");
			if (minimumAge != null && maximumAge != null && minimumAge > maximumAge) {
				throw new Refused("minimum_age must not be more than maximum_age");
			}
			var assured = text(node, "assured_date");
			LocalDate checkedOn = null;
			if (assured != null) {
				try {
					checkedOn = LocalDate.parse((assured.length() > 10) ? assured.substring(0, 10) : assured);
				}
				catch (DateTimeParseException ex) {
					throw new Refused("assured_date must be a date such as 2026-04-30");
				}
			}
			var modified = text(node, "last_modified");
			Instant lastModified = Instant.now();
			if (modified != null) {
				try {
					lastModified = Instant.parse(modified);
				}
				catch (DateTimeParseException ex) {
					throw new Refused("last_modified must be a date and time such as 2026-04-30T09:00:00Z");
				}
			}
			var summary = new ServiceSummary(serviceId, organization.id(), organization.name(),
					organization.description(), name,
					(text(node, "description") != null) ? text(node, "description") : "", text(node, "url"),
					text(node, "email"), status, text(node, "fees"), minimumAge, maximumAge,
					text(node, "eligibility_description"), text(node, "alert"), checkedOn,
					(checkedOn != null) ? "Open Referral UK import" : null, lastModified);
			var newTerms = new ArrayList<JsonNode>();
			var service = new DirectoryService(summary, schedules(), areas(), locations(), contacts(), phones(),
					languages(), terms(newTerms));
			return new Parsed(organization, service, lastModified, newTerms);
		}

		private Integer age(String field) {
			var value = node.path(field);
			if (value.isMissingNode() || value.isNull()) {
				return null;
			}
			if (!value.isIntegralNumber() || value.asInt() < 0 || value.asInt() > 120) {
				throw new Refused(field + " must be a whole number from 0 to 120");
			}
			return value.asInt();
		}

		private List<DirectoryService.Schedule> schedules() {
			var list = new ArrayList<DirectoryService.Schedule>();
			int index = 0;
			for (var s : items("schedules")) {
				index++;
				var where = "schedules[" + index + "]";
				var byday = text(s, "byday");
				if (byday == null) {
					throw new Refused(where + " has no byday: only weekly opening days can be imported");
				}
				var opens = time(s, "opens_at", where);
				var closes = time(s, "closes_at", where);
				if (opens != null && closes != null && !opens.isBefore(closes)) {
					throw new Refused(where + ": opens_at must be before closes_at");
				}
				var days = byday.split(",");
				for (int d = 0; d < days.length; d++) {
					var day = Schedules.parse(days[d])
						.orElseThrow(() -> new Refused(where + ": byday must list days such as MO,TU,SA"));
					var id = (d != 0) ? derived("schedule" + index + ":" + d) : childId(s, where, "schedule" + index);
					list.add(new DirectoryService.Schedule(id, day, opens, closes, text(s, "description")));
				}
			}
			return list;
		}

		private List<DirectoryService.Area> areas() {
			var list = new ArrayList<DirectoryService.Area>();
			int index = 0;
			for (var a : items("service_areas")) {
				index++;
				var where = "service_areas[" + index + "]";
				var name = text(a, "name");
				var extent = (text(a, "extent") != null) ? text(a, "extent") : name;
				if (extent == null) {
					throw new Refused(where + " has neither a name nor an extent");
				}
				var locality = localities.get(extent.toLowerCase(Locale.ROOT));
				var id = childId(a, where, "area" + index);
				list.add((locality != null)
						? new DirectoryService.Area(id, (name != null) ? name : locality.name(), locality.id(),
								locality.county(), locality.name())
						: new DirectoryService.Area(id, (name != null) ? name : extent, null, extent, extent));
			}
			return list;
		}

		private List<DirectoryService.Location> locations() {
			var list = new ArrayList<DirectoryService.Location>();
			int index = 0;
			for (var sal : items("service_at_locations")) {
				index++;
				var where = "service_at_locations[" + index + "]";
				var l = sal.path("location");
				if (!l.isObject()) {
					throw new Refused(where + " has no location");
				}
				var type = (text(l, "location_type") != null) ? text(l, "location_type") : "physical";
				if (!LOCATION_TYPES.contains(type)) {
					throw new Refused(where + ".location.location_type must be physical, postal or virtual");
				}
				var address = (l.path("addresses").isArray() && !l.path("addresses").isEmpty())
						? l.path("addresses").get(0) : null;
				list.add(new DirectoryService.Location(childId(sal, where, "sal" + index),
						uuid(l, "id", where + ".location.id"), type, text(l, "name"), text(l, "description"),
						text(l, "url"), (address != null) ? text(address, "address_1") : null,
						(address != null) ? text(address, "city") : null,
						(address != null) ? text(address, "state_province") : null,
						(address != null) ? text(address, "postal_code") : null,
						(address == null || text(address, "country") == null) ? "GB" : text(address, "country"),
						coordinate(l, "latitude", where, 90), coordinate(l, "longitude", where, 180)));
			}
			return list;
		}

		private List<DirectoryService.Contact> contacts() {
			var list = new ArrayList<DirectoryService.Contact>();
			int index = 0;
			for (var c : items("contacts")) {
				index++;
				list.add(new DirectoryService.Contact(childId(c, "contacts[" + index + "]", "contact" + index),
						text(c, "name"), text(c, "title"), text(c, "email")));
			}
			return list;
		}

		private List<DirectoryService.Phone> phones() {
			var list = new ArrayList<DirectoryService.Phone>();
			int index = 0;
			for (var p : items("phones")) {
				index++;
				var where = "phones[" + index + "]";
				list.add(new DirectoryService.Phone(childId(p, where, "phone" + index),
						required(p, "number", where + ".number"), text(p, "description")));
			}
			return list;
		}

		private List<DirectoryService.Language> languages() {
			var list = new ArrayList<DirectoryService.Language>();
			int index = 0;
			for (var l : items("languages")) {
				index++;
				var where = "languages[" + index + "]";
				list.add(new DirectoryService.Language(childId(l, where, "language" + index),
						required(l, "name", where + ".name"), text(l, "code")));
			}
			return list;
		}

		private List<DirectoryService.Term> terms(List<JsonNode> newTerms) {
			var list = new ArrayList<DirectoryService.Term>();
			var seen = new HashSet<UUID>();
			int index = 0;
			for (var a : items("attributes")) {
				index++;
				var where = "attributes[" + index + "]";
				var term = a.path("taxonomy_term");
				var termId = (text(a, "taxonomy_term_id") != null)
						? uuid(a, "taxonomy_term_id", where + ".taxonomy_term_id")
						: term.isObject() ? uuid(term, "id", where + ".taxonomy_term.id") : null;
				if (termId == null) {
					throw new Refused(where + " has no taxonomy_term_id");
				}
				if (term.isObject()) {
					newTerms.add(term);
				}
				if (seen.add(termId)) {
					list.add(new DirectoryService.Term(childId(a, where, "attribute" + index), termId, null, null, null,
							null));
				}
			}
			return list;
		}

		private List<JsonNode> items(String field) {
			var value = node.path(field);
			if (value.isMissingNode() || value.isNull()) {
				return List.of();
			}
			if (!value.isArray()) {
				throw new Refused(field + " must be a list");
			}
			var list = new ArrayList<JsonNode>();
			value.forEach(list::add);
			return list;
		}

		/**
		 * A child record's id; one the feed leaves out is made from the service's id, the
		 * same each time.
		 */
		private UUID childId(JsonNode child, String where, String name) {
			UUID id = (text(child, "id") != null) ? uuid(child, "id", where + ".id") : derived(name);
			if (!ids.add(id)) {
				throw new Refused(where + ".id " + id + " is used twice in this service");
			}
			return id;
		}

		private UUID derived(String name) {
			return UUID.nameUUIDFromBytes((serviceId + ":" + name).getBytes(StandardCharsets.UTF_8));
		}

		private static UUID uuid(JsonNode node, String field, String where) {
			var text = text(node, field);
			if (text == null) {
				throw new Refused(where + " is missing");
			}
			try {
				return UUID.fromString(text);
			}
			catch (IllegalArgumentException ex) {
				throw new Refused(where + " must be a UUID");
			}
		}

		private static String required(JsonNode node, String field, String where) {
			var text = text(node, field);
			if (text == null) {
				throw new Refused(where + " is missing");
			}
			return text;
		}

		private static LocalTime time(JsonNode node, String field, String where) {
			var text = text(node, field);
			if (text == null) {
				return null;
			}
			try {
				return LocalTime.parse((text.length() > 8) ? text.substring(0, 8) : text);
			}
			catch (DateTimeParseException ex) {
				throw new Refused(where + "." + field + " must be a time such as 09:30");
			}
		}

		private static BigDecimal coordinate(JsonNode node, String field, String where, int limit) {
			var value = node.path(field);
			if (value.isMissingNode() || value.isNull()) {
				return null;
			}
			if (!value.isNumber() || Math.abs(value.asDouble()) > limit) {
				throw new Refused(where + ".location." + field + " must be a number from -" + limit + " to " + limit);
			}
			return value.decimalValue().setScale(6, java.math.RoundingMode.HALF_UP);
		}

	}

}
