package org.familymatters.directory.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.familymatters.audit.AuditAction;
import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.directory.DirectoryService;
import org.familymatters.directory.ServiceDetails;
import org.familymatters.directory.ServiceSearch;
import org.familymatters.directory.ServiceSummary;
import org.familymatters.identity.Localities;
import org.familymatters.shared.StaleSave;
import org.familymatters.shared.input.Input;
import org.familymatters.shared.web.Page;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the staff who keep the directory do to its services: add and change them, archive
 * and restore them, and confirm that a service's details are still right. Saving a
 * service counts as checking it. Every change is audited, and a change to a service
 * someone else has saved since it was opened is refused ({@link StaleSave}). Their
 * organisations are kept by {@link OrganisationEditing}.
 */
@Service
public class ServiceEditing {

	/** A service not checked for this long is due for review. */
	public static final int REVIEW_AFTER_MONTHS = 12;

	/**
	 * The form shows this many phone numbers; a service's others (from an import) are
	 * kept as they are.
	 */
	public static final int FORM_PHONES = 2;

	private final JdbcClient jdbc;

	private final ServiceWriter writer;

	private final ServiceDetails details;

	private final Localities localities;

	private final AuditTrail audit;

	private final DirectoryEditor editor;

	private final Clock clock;

	ServiceEditing(JdbcClient jdbc, ServiceWriter writer, ServiceDetails details, Localities localities,
			AuditTrail audit, DirectoryEditor editor, Clock clock) {
		this.jdbc = jdbc;
		this.writer = writer;
		this.details = details;
		this.localities = localities;
		this.audit = audit;
		this.editor = editor;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Page<ServiceRow> services(String text, boolean includeArchived, int page, int size) {
		var where = new ArrayList<String>();
		Map<String, Object> params = new HashMap<>();
		if (text != null && !text.isBlank()) {
			where.add("(s.name ilike :text or o.name ilike :text)");
			params.put("text", Like.containing(text));
		}
		if (!includeArchived) {
			where.add("s.status <> 'defunct'");
		}
		return rows(where, params, "s.name, s.id", page, size);
	}

	/**
	 * Services not archived and not checked for {@value #REVIEW_AFTER_MONTHS} months, the
	 * longest unchecked first.
	 */
	@Transactional(readOnly = true)
	public Page<ServiceRow> reviewQueue(LocalDate today, int page, int size) {
		return rows(List.of("s.status <> 'defunct'", "(s.last_checked_on is null or s.last_checked_on <= :due)"),
				Map.of("due", today.minusMonths(REVIEW_AFTER_MONTHS)), "s.last_checked_on nulls first, s.name, s.id",
				page, size);
	}

	private Page<ServiceRow> rows(List<String> where, Map<String, Object> params, String order, int page, int size) {
		var condition = where.isEmpty() ? "true" : String.join(" and ", where);
		var from = " from dir_service s join dir_organization o on o.id = s.organization_id where " + condition;
		// Every service has its organisation: the count needs the join only to filter on
		// it.
		var counted = condition.matches("(?s).*\\bo\\..*") ? from : " from dir_service s where " + condition;
		long total = jdbc.sql("select count(*)" + counted).params(params).query(Long.class).single();
		var all = new HashMap<>(params);
		all.put("limit", size);
		all.put("offset", (long) (page - 1) * size);
		var items = jdbc
			.sql("""
					select s.id, s.name, o.name as organization_name, s.status, s.last_checked_on, s.last_checked_by, s.version
					"""
					+ from + " order by " + order + " limit :limit offset :offset")
			.params(all)
			.query((rs, n) -> new ServiceRow(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getString("organization_name"), rs.getString("status"),
					(rs.getDate("last_checked_on") != null) ? rs.getDate("last_checked_on").toLocalDate() : null,
					rs.getString("last_checked_by"), rs.getLong("version")))
			.list();
		return new Page<>(items, page, size, total);
	}

	@Transactional(readOnly = true)
	public Optional<Long> serviceVersion(UUID id) {
		return jdbc.sql("select version from dir_service where id = :id").param("id", id).query(Long.class).optional();
	}

	@Transactional
	public UUID createService(ServiceChanges changes, LocalDate today) {
		var id = UUID.randomUUID();
		writer.saveService(build(id, changes, null, today), Instant.now(clock));
		audit.record(AuditEntry.allowed(DirectoryAudit.SERVICE_CREATED, "service", id, Basis.ROLE, editor.basis()));
		return id;
	}

	@Transactional
	public void updateService(UUID id, long version, ServiceChanges changes, LocalDate today) {
		lockAtVersion(id, version);
		var existing = details.find(id).orElseThrow(() -> new StaleSave("service", id));
		writer.saveService(build(id, changes, existing, today), Instant.now(clock));
		audit.record(AuditEntry.allowed(DirectoryAudit.SERVICE_UPDATED, "service", id, Basis.ROLE, editor.basis()));
	}

	/** Archived services leave the public search and the API's lists, and are kept. */
	@Transactional
	public void archiveService(UUID id, long version) {
		setStatus(id, version, "defunct", DirectoryAudit.SERVICE_ARCHIVED);
	}

	@Transactional
	public void restoreService(UUID id, long version) {
		setStatus(id, version, "active", DirectoryAudit.SERVICE_RESTORED);
	}

	/** The details were checked and are still right. */
	@Transactional
	public void markChecked(UUID id, long version, LocalDate today) {
		lockAtVersion(id, version);
		jdbc.sql("""
				update dir_service set last_checked_on = :today, last_checked_by = :by, version = version + 1
				where id = :id
				""").param("id", id).param("today", today).param("by", editor.displayName()).update();
		audit.record(AuditEntry.allowed(DirectoryAudit.SERVICE_CHECKED, "service", id, Basis.ROLE, editor.basis()));
	}

	private void setStatus(UUID id, long version, String status, AuditAction action) {
		lockAtVersion(id, version);
		jdbc.sql("update dir_service set status = :status, last_modified = :now, version = version + 1 where id = :id")
			.param("id", id)
			.param("now", Timestamp.from(Instant.now(clock)))
			.param("status", status)
			.update();
		audit.record(AuditEntry.allowed(action, "service", id, Basis.ROLE, editor.basis()));
	}

	private void lockAtVersion(UUID id, long version) {
		var current = jdbc.sql("select version from dir_service where id = :id for update")
			.param("id", id)
			.query(Long.class)
			.optional();
		if (current.isEmpty() || current.get() != version) {
			throw new StaleSave("service", id);
		}
	}

	/**
	 * The whole service from what the form set, keeping the ids of what is still there
	 * (so the API's ids stay stable) and the children the form does not show.
	 */
	private DirectoryService build(UUID id, ServiceChanges c, DirectoryService existing, LocalDate today) {
		var summary = new ServiceSummary(id, c.organizationId(), null, null, c.name().strip(),
				blankToEmpty(c.description()), blankToNull(c.url()), blankToNull(c.email()), c.status(),
				blankToNull(c.fees()), c.minimumAge(), c.maximumAge(), blankToNull(c.eligibility()),
				(existing != null) ? existing.summary().alert() : null, today, editor.displayName(),
				Instant.now(clock));

		var schedules = new ArrayList<DirectoryService.Schedule>();
		for (var day : DayOfWeek.values()) {
			var hours = c.hours().get(day);
			if (hours == null) {
				continue;
			}
			var before = (existing != null)
					? existing.schedules().stream().filter(s -> s.day() == day).findFirst().orElse(null) : null;
			schedules.add(new DirectoryService.Schedule((before != null) ? before.id() : UUID.randomUUID(), day,
					hours.opens(), hours.closes(), (before != null) ? before.description() : null));
		}

		var areas = new ArrayList<DirectoryService.Area>();
		for (var choice : c.areas()) {
			var before = (existing != null) ? existing.areas()
				.stream()
				.filter(a -> Objects.equals(a.localityId(), choice.localityId())
						&& (choice.localityId() != null || a.county().equals(choice.county())))
				.findFirst()
				.orElse(null) : null;
			var areaId = (before != null) ? before.id() : UUID.randomUUID();
			if (choice.localityId() != null) {
				var locality = localities.findById(choice.localityId()).orElseThrow();
				areas.add(new DirectoryService.Area(areaId, locality.name(), locality.id(), locality.county(),
						locality.name()));
			}
			else {
				var name = (before != null) ? before.name()
						: ServiceSearch.NATIONAL.equals(choice.county()) ? "England and Wales" : choice.county();
				areas.add(new DirectoryService.Area(areaId, name, null, choice.county(), choice.county()));
			}
		}

		var locations = new ArrayList<DirectoryService.Location>();
		var others = (existing != null) ? existing.locations() : List.<DirectoryService.Location>of();
		var first = others.isEmpty() ? null : others.get(0);
		if (c.place() != null) {
			var p = c.place();
			locations
				.add(new DirectoryService.Location((first != null) ? first.serviceAtLocationId() : UUID.randomUUID(),
						(first != null) ? first.id() : UUID.randomUUID(), "physical", blankToNull(p.name()),
						(first != null) ? first.description() : null, (first != null) ? first.url() : null,
						blankToNull(p.address()), blankToNull(p.town()), (first != null) ? first.region() : null,
						blankToNull(p.postcode()), (first != null) ? first.country() : "GB",
						(first != null) ? first.latitude() : null, (first != null) ? first.longitude() : null));
		}
		if (others.size() > 1) {
			locations.addAll(others.subList(1, others.size()));
		}

		var phones = new ArrayList<DirectoryService.Phone>();
		var phonesBefore = (existing != null) ? existing.phones() : List.<DirectoryService.Phone>of();
		for (int i = 0; i < c.phones().size(); i++) {
			var entry = c.phones().get(i);
			phones.add(
					new DirectoryService.Phone((i < phonesBefore.size()) ? phonesBefore.get(i).id() : UUID.randomUUID(),
							entry.number().strip(), blankToNull(entry.description())));
		}
		if (phonesBefore.size() > FORM_PHONES) {
			phones.addAll(phonesBefore.subList(FORM_PHONES, phonesBefore.size()));
		}

		var languages = new ArrayList<DirectoryService.Language>();
		for (var name : c.languages()) {
			var before = (existing != null) ? existing.languages()
				.stream()
				.filter(l -> l.name().equalsIgnoreCase(name))
				.findFirst()
				.orElse(null) : null;
			languages.add((before != null) ? before : new DirectoryService.Language(UUID.randomUUID(), name, null));
		}

		var terms = c.termIds().stream().distinct().map(termId -> {
			var before = (existing != null)
					? existing.terms().stream().filter(t -> t.id().equals(termId)).findFirst().orElse(null) : null;
			return new DirectoryService.Term((before != null) ? before.attributeId() : attributeId(id, termId), termId,
					null, null, null, null);
		}).toList();

		return new DirectoryService(summary, schedules, areas, locations,
				(existing != null) ? existing.contacts() : List.of(), phones, languages, terms);
	}

	private static UUID attributeId(UUID service, UUID term) {
		return UUID.nameUUIDFromBytes((service + ":attribute:" + term).getBytes(StandardCharsets.UTF_8));
	}

	private static String blankToNull(String value) {
		return Input.trimmed(value);
	}

	private static String blankToEmpty(String value) {
		return (value != null) ? value.strip() : "";
	}

	/**
	 * What the service form sets. Children it does not show (a second place, contacts)
	 * are kept as they are.
	 */
	public record ServiceChanges(UUID organizationId, String name, String description, String status, String url,
			String email, String fees, Integer minimumAge, Integer maximumAge, String eligibility, List<UUID> termIds,
			List<AreaChoice> areas, Map<DayOfWeek, Hours> hours, List<PhoneEntry> phones, Place place,
			List<String> languages) {

		public ServiceChanges withStatus(String newStatus) {
			return new ServiceChanges(organizationId, name, description, newStatus, url, email, fees, minimumAge,
					maximumAge, eligibility, termIds, areas, hours, phones, place, languages);
		}

	}

	/**
	 * A locality, or a whole county (locality null), or everywhere (county
	 * {@code National}).
	 */
	public record AreaChoice(UUID localityId, String county) {
	}

	public record Hours(LocalTime opens, LocalTime closes) {
	}

	public record PhoneEntry(String number, String description) {
	}

	/** Where the service meets people; null for a service with no place (a helpline). */
	public record Place(String name, String address, String town, String postcode) {
	}

	/** A service as the staff list shows it. */
	public record ServiceRow(UUID id, String name, String organizationName, String status, LocalDate lastCheckedOn,
			String lastCheckedBy, long version) {

		public boolean archived() {
			return "defunct".equals(status);
		}

	}

}
