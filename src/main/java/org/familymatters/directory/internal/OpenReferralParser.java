package org.familymatters.directory.internal;

import java.io.Serial;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.familymatters.directory.DirectoryService;
import org.familymatters.directory.ServiceSummary;
import org.familymatters.identity.Locality;
import org.familymatters.shared.input.Checked;
import org.familymatters.shared.input.Input;
import org.familymatters.shared.input.InputProblem;
import tools.jackson.databind.JsonNode;

/**
 * Turns Open Referral UK JSON into what the directory stores: each service into a draft,
 * or a refusal with the reason, at the first thing wrong with it. E-mail addresses, phone
 * numbers, web addresses, text, ages and opening hours are checked with the same rules as
 * the staff's service form ({@link Input}, {@link ServiceRules}). Pure: it reads no
 * database and no network, and is tested without Spring.
 */
public final class OpenReferralParser {

	/** The statuses Open Referral UK gives a service. */
	static final Set<String> STATUSES = Set.of("active", "inactive", "defunct", "temporarily closed");

	private static final Set<String> LOCATION_TYPES = Set.of("physical", "postal", "virtual");

	/** The longest text of a field no form limits: long enough for any honest feed. */
	private static final int TEXT_MAX = 10_000;

	/** A time as HSDS writes it: 09:30, 09:30:00, 09:30:00Z or 09:30:00+01:00. */
	private static final Pattern HSDS_TIME = Pattern
		.compile("^([0-9]{1,2}[:.][0-9]{2})(:00(\\.0+)?)?(Z|[+-][0-9]{2}:?[0-9]{2})?$");

	private OpenReferralParser() {
	}

	/**
	 * The services of a feed: a page of them (with {@code contents}), a list, or one
	 * service; none when the JSON is none of these.
	 */
	public static Optional<List<JsonNode>> services(JsonNode root) {
		if (root == null) {
			return Optional.empty();
		}
		if (root.isArray()) {
			var list = new ArrayList<JsonNode>();
			root.forEach(list::add);
			return Optional.of(list);
		}
		if (root.isObject() && root.path("contents").isArray()) {
			return services(root.path("contents"));
		}
		if (root.isObject() && root.has("id") && root.has("name")) {
			return Optional.of(List.of(root));
		}
		return Optional.empty();
	}

	/**
	 * One service as a draft, or why it is refused.
	 * @param localities the places the directory knows, by their name in lower case
	 * @param now when the service was last changed if the feed does not say
	 */
	public static Parsed service(JsonNode node, Map<String, Locality> localities, Instant now) {
		try {
			return new Parsed(new ServiceParser(node, localities).service(now), null);
		}
		catch (Refused ex) {
			return new Parsed(null, ex.getMessage());
		}
	}

	/** A taxonomy as its list gives it; none when it has no id or name. */
	public static Optional<TaxonomyDraft> taxonomy(JsonNode node) {
		var id = uuidOrNull(node.path("id").asString(null));
		var name = text(node, "name");
		if (id == null || name == null) {
			return Optional.empty();
		}
		var description = text(node, "description");
		return Optional.of(new TaxonomyDraft(id, name, (description != null) ? description : name, text(node, "uri"),
				text(node, "version")));
	}

	/** A taxonomy term; none when it has no id, taxonomy or name. */
	public static Optional<TermDraft> term(JsonNode node) {
		var id = uuidOrNull(node.path("id").asString(null));
		var taxonomy = uuidOrNull(node.path("taxonomy_id").asString(null));
		var name = text(node, "name");
		if (id == null || taxonomy == null || name == null) {
			return Optional.empty();
		}
		var code = text(node, "code");
		var description = text(node, "description");
		return Optional.of(new TermDraft(id, taxonomy, (code != null) ? code : id.toString(), name,
				(description != null) ? description : name));
	}

	/** The text of a field, trimmed; null when missing, blank or not a plain value. */
	public static String text(JsonNode node, String field) {
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
	 * What parsing a service made: a draft, or the reason it is refused.
	 *
	 * @param draft the service to store; null when refused
	 * @param refusal why it is refused; null when it is not
	 */
	public record Parsed(ServiceDraft draft, String refusal) {

		public boolean refused() {
			return refusal != null;
		}

	}

	/**
	 * A service ready to store, with its organisation and the terms the feed describes
	 * whole.
	 */
	public record ServiceDraft(OrganisationDraft organisation, DirectoryService service, Instant lastModified,
			List<TermDraft> newTerms) {
	}

	/** The organisation that runs an imported service. */
	public record OrganisationDraft(UUID id, String name, String description, String email, String website) {
	}

	/** A taxonomy of needs from another directory. */
	public record TaxonomyDraft(UUID id, String name, String description, String uri, String version) {
	}

	/** A term of a taxonomy from another directory. */
	public record TermDraft(UUID id, UUID taxonomyId, String code, String name, String description) {
	}

	/** A service that cannot be imported, and why. */
	private static final class Refused extends RuntimeException {

		@Serial
		private static final long serialVersionUID = 1L;

		Refused(String reason) {
			super(reason);
		}

	}

	/** Reads one service node, refusing it at the first thing wrong. */
	private static final class ServiceParser {

		private final JsonNode node;

		private final Map<String, Locality> localities;

		private final Set<UUID> ids = new HashSet<>();

		private UUID serviceId;

		ServiceParser(JsonNode node, Map<String, Locality> localities) {
			this.node = node;
			this.localities = localities;
		}

		ServiceDraft service(Instant now) {
			if (!node.isObject()) {
				throw new Refused("a service must be a JSON object");
			}
			serviceId = uuid(node, "id", "id");
			var name = required(node, "name", "name", 200);
			var organisationNode = node.path("organization");
			if (!organisationNode.isObject()) {
				throw new Refused("organization is missing: each service needs its organisation's id and name");
			}
			var organisation = new OrganisationDraft(uuid(organisationNode, "id", "organization.id"),
					required(organisationNode, "name", "organization.name", 200),
					checkedText(organisationNode, "description", "organization.description", 4000),
					email(organisationNode, "email", "organization.email"),
					webAddress(organisationNode, "website", "organization.website"));
			if (text(node, "organization_id") != null
					&& !organisation.id().equals(uuid(node, "organization_id", "organization_id"))) {
				throw new Refused("organization_id does not match organization.id");
			}
			var status = (text(node, "status") != null) ? text(node, "status").toLowerCase(Locale.ROOT) : "active";
			if (!STATUSES.contains(status)) {
				throw new Refused("status must be one of active, inactive, defunct, temporarily closed");
			}
			var minimumAge = age("minimum_age");
			var maximumAge = age("maximum_age");
			if (!ServiceRules.agesInOrder(minimumAge, maximumAge)) {
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
			Instant lastModified = now;
			if (modified != null) {
				try {
					lastModified = Instant.parse(modified);
				}
				catch (DateTimeParseException ex) {
					throw new Refused("last_modified must be a date and time such as 2026-04-30T09:00:00Z");
				}
			}
			var description = checkedText(node, "description", "description", 4000);
			var summary = new ServiceSummary(serviceId, organisation.id(), organisation.name(),
					organisation.description(), name, (description != null) ? description : "",
					webAddress(node, "url", "url"), email(node, "email", "email"), status,
					checkedText(node, "fees", "fees", 500), minimumAge, maximumAge,
					checkedText(node, "eligibility_description", "eligibility_description", 1000),
					checkedText(node, "alert", "alert", TEXT_MAX), checkedOn,
					(checkedOn != null) ? "Open Referral UK import" : null, lastModified);
			var newTerms = new ArrayList<TermDraft>();
			var service = new DirectoryService(summary, schedules(), areas(), locations(), contacts(), phones(),
					languages(), terms(newTerms));
			return new ServiceDraft(organisation, service, lastModified, newTerms);
		}

		/** An age with the service form's rule: a whole number from 0 to 120. */
		private Integer age(String field) {
			var value = node.path(field);
			if (value.isMissingNode() || value.isNull()) {
				return null;
			}
			var age = value.isIntegralNumber() ? ServiceRules.age(value.asString())
					: Checked.<Integer>failed(InputProblem.NUMBER);
			if (age.failed()) {
				throw new Refused(field + " must be a whole number from 0 to " + ServiceRules.MAX_AGE);
			}
			return age.value();
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
				var problem = ServiceRules.hours(opens, closes);
				if (problem.isPresent()) {
					throw new Refused(switch (problem.get()) {
						case ONE_TIME_ONLY -> where + ": give both opens_at and closes_at, or neither";
						case NOT_IN_ORDER -> where + ": opens_at must be before closes_at";
					});
				}
				var days = byday.split(",");
				for (int d = 0; d < days.length; d++) {
					var day = Schedules.parse(days[d])
						.orElseThrow(() -> new Refused(where + ": byday must list days such as MO,TU,SA"));
					var id = (d != 0) ? derived("schedule" + index + ":" + d) : childId(s, where, "schedule" + index);
					list.add(new DirectoryService.Schedule(id, day, opens, closes,
							checkedText(s, "description", where + ".description", TEXT_MAX)));
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
				var name = checkedText(a, "name", where + ".name", TEXT_MAX);
				var extent = (text(a, "extent") != null) ? checkedText(a, "extent", where + ".extent", TEXT_MAX) : name;
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
				var at = where + ".location";
				var type = (text(l, "location_type") != null) ? text(l, "location_type") : "physical";
				if (!LOCATION_TYPES.contains(type)) {
					throw new Refused(at + ".location_type must be physical, postal or virtual");
				}
				var address = (l.path("addresses").isArray() && !l.path("addresses").isEmpty())
						? l.path("addresses").get(0) : null;
				var in = at + ".addresses[1]";
				list.add(new DirectoryService.Location(childId(sal, where, "sal" + index), uuid(l, "id", at + ".id"),
						type, checkedText(l, "name", at + ".name", 200),
						checkedText(l, "description", at + ".description", TEXT_MAX), webAddress(l, "url", at + ".url"),
						(address != null) ? checkedText(address, "address_1", in + ".address_1", 200) : null,
						(address != null) ? checkedText(address, "city", in + ".city", 100) : null,
						(address != null) ? checkedText(address, "state_province", in + ".state_province", TEXT_MAX)
								: null,
						(address != null) ? checkedText(address, "postal_code", in + ".postal_code", TEXT_MAX) : null,
						(address == null || text(address, "country") == null) ? "GB"
								: checkedText(address, "country", in + ".country", TEXT_MAX),
						coordinate(l, "latitude", at, 90), coordinate(l, "longitude", at, 180)));
			}
			return list;
		}

		private List<DirectoryService.Contact> contacts() {
			var list = new ArrayList<DirectoryService.Contact>();
			int index = 0;
			for (var c : items("contacts")) {
				index++;
				var where = "contacts[" + index + "]";
				list.add(new DirectoryService.Contact(childId(c, where, "contact" + index),
						checkedText(c, "name", where + ".name", TEXT_MAX),
						checkedText(c, "title", where + ".title", TEXT_MAX), email(c, "email", where + ".email")));
			}
			return list;
		}

		private List<DirectoryService.Phone> phones() {
			var list = new ArrayList<DirectoryService.Phone>();
			int index = 0;
			for (var p : items("phones")) {
				index++;
				var where = "phones[" + index + "]";
				var number = checked(Input.ukPhone(text(p, "number")).required(), where + ".number");
				list.add(new DirectoryService.Phone(childId(p, where, "phone" + index), number,
						checkedText(p, "description", where + ".description", 200)));
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
						required(l, "name", where + ".name", 300), checkedText(l, "code", where + ".code", TEXT_MAX)));
			}
			return list;
		}

		private List<DirectoryService.Term> terms(List<TermDraft> newTerms) {
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
					term(term).ifPresent(newTerms::add);
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
			var text = OpenReferralParser.text(node, field);
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

		private static String required(JsonNode node, String field, String where, int max) {
			return checked(Input.text(raw(node, field), max).required(), where);
		}

		/** Optional text, refused when too long or holding control characters. */
		private static String checkedText(JsonNode node, String field, String where, int max) {
			return checked(Input.text(raw(node, field), max), where);
		}

		private static String email(JsonNode node, String field, String where) {
			return checked(Input.email(raw(node, field)), where);
		}

		private static String webAddress(JsonNode node, String field, String where) {
			return checked(Input.webAddress(raw(node, field)), where);
		}

		/**
		 * A time with the service form's rule, once HSDS's seconds and zone (always
		 * {@code :00} and the service's own) are set aside.
		 */
		private static LocalTime time(JsonNode node, String field, String where) {
			var text = OpenReferralParser.text(node, field);
			if (text == null) {
				return null;
			}
			var matcher = HSDS_TIME.matcher(text);
			var time = matcher.matches() ? Input.timeOfDay(matcher.group(1))
					: Checked.<LocalTime>failed(InputProblem.TIME);
			if (time.failed()) {
				throw new Refused(where + "." + field + " must be a time such as 09:30");
			}
			return time.value();
		}

		/**
		 * The raw text of a plain value, untrimmed, so that the input rules see it all.
		 */
		private static String raw(JsonNode node, String field) {
			var value = node.path(field);
			return (value.isValueNode() && !value.isNull()) ? value.asString() : null;
		}

		private static <T> T checked(Checked<T> checked, String where) {
			if (!checked.failed()) {
				return checked.value();
			}
			throw new Refused(where + " " + switch (checked.problem()) {
				case REQUIRED -> "is missing";
				case TOO_LONG -> "must be " + checked.limit() + " characters or fewer";
				case CONTROL_CHARACTERS -> "holds hidden control characters";
				case EMAIL -> "must be an email address such as name@example.org";
				case PHONE -> "must be a phone number using digits, spaces and brackets, such as 01865 123456";
				case WEB_ADDRESS -> "must be a web address starting http:// or https://";
				default -> "is not valid";
			});
		}

		private static BigDecimal coordinate(JsonNode node, String field, String where, int limit) {
			var value = node.path(field);
			if (value.isMissingNode() || value.isNull()) {
				return null;
			}
			if (!value.isNumber() || Math.abs(value.asDouble()) > limit) {
				throw new Refused(where + "." + field + " must be a number from -" + limit + " to " + limit);
			}
			return value.decimalValue().setScale(6, RoundingMode.HALF_UP);
		}

	}

}
