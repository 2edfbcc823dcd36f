package org.familymatters.network.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.consent.Access;
import org.familymatters.consent.AccessDecision;
import org.familymatters.consent.AccessSubject;
import org.familymatters.family.FamilyRecords;
import org.familymatters.network.internal.AgendaNaming.Level;
import org.familymatters.plan.PlanActions;
import org.familymatters.shared.security.CurrentUser;
import org.familymatters.shared.time.ServiceTime;
import org.familymatters.shared.web.NotFound;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A network meeting's agenda: families raised by members (each by its reference, with a
 * summary that names nobody), the plan reviews due that the coordinator adds, and other
 * business. Items are added while the meeting is scheduled and has not started. Each
 * family gets a letter in the order raised, the same for every member; who sees it by
 * name is decided for each member ({@link AgendaNaming}), and each family shown by name
 * is audited with its basis. Only the network's members and its coordinator see the
 * agenda.
 */
@Service
public class Agenda {

	/** A day as pages and summaries write it: "3 March 2026". */
	public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final JdbcClient jdbc;

	private final Networks networks;

	private final NetworkMembers members;

	private final FamilyRecords records;

	private final AccessDecision access;

	private final PlanActions plans;

	private final AuditTrail audit;

	private final CurrentUser currentUser;

	private final Clock clock;

	Agenda(JdbcClient jdbc, Networks networks, NetworkMembers members, FamilyRecords records, AccessDecision access,
			PlanActions plans, AuditTrail audit, CurrentUser currentUser, Clock clock) {
		this.jdbc = jdbc;
		this.networks = networks;
		this.members = members;
		this.records = records;
		this.access = access;
		this.plans = plans;
		this.audit = audit;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	/**
	 * The meeting of the network, for its members and coordinator: not found (404) when
	 * there is no such meeting of that network, refused (403) for anyone else.
	 */
	@Transactional(readOnly = true)
	public Meeting meeting(UUID networkId, UUID meetingId) {
		var network = networks.find(networkId).orElseThrow(() -> new NotFound("network", networkId));
		var meeting = jdbc.sql("""
				select id, starts_at, ends_at, place, online_link, status from network_meeting
				where id = :id and network_id = :network
				""")
			.param("id", meetingId)
			.param("network", networkId)
			.query((rs, n) -> new Meeting(rs.getObject("id", UUID.class), network,
					rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
					rs.getString("place"), rs.getString("online_link"), rs.getString("status"), false))
			.optional()
			.orElseThrow(() -> new NotFound("meeting", meetingId));
		var user = currentUser.get().id();
		boolean coordinator = network.coordinatorUserId().equals(user);
		if (!coordinator && !members.isMember(networkId, user)) {
			throw new AccessDeniedException("Only the network's members see its meetings");
		}
		return meeting.as(coordinator);
	}

	/** The meeting, for its coordinator alone: refused (403) for anyone else. */
	@Transactional(readOnly = true)
	public Meeting forCoordinator(UUID networkId, UUID meetingId) {
		var meeting = meeting(networkId, meetingId);
		if (!meeting.coordinator()) {
			throw new AccessDeniedException("Only the network's coordinator does this");
		}
		return meeting;
	}

	/** The signed-in user's id. */
	UUID currentUserId() {
		return currentUser.get().id();
	}

	/** The meeting's items, in the order they were added. */
	@Transactional(readOnly = true)
	public List<Item> items(UUID meetingId) {
		return jdbc.sql("""
				select i.id, i.position, i.kind, i.family_id, i.letter, i.title, i.summary, u.display_name as raised_by,
				       o.name as organisation, i.raised_named
				from network_agenda_item i
				join identity_user u on u.id = i.raised_by
				left join identity_organisation o on o.id = i.raised_by_organisation_id
				where i.meeting_id = :meeting order by i.position
				""").param("meeting", meetingId).query(Item.class).list();
	}

	/**
	 * An item of the meeting's agenda: not found (404) when it is not of this meeting.
	 */
	@Transactional(readOnly = true)
	public Item item(UUID meetingId, UUID itemId) {
		return items(meetingId).stream()
			.filter(i -> i.id().equals(itemId))
			.findFirst()
			.orElseThrow(() -> new NotFound("agenda item", itemId));
	}

	/**
	 * Raises a family for discussion: found by its reference (the lookup audited and
	 * limited per user), on record and in the network's locality, not on the agenda
	 * already, with a summary that names nobody. A refusal that touches a family is
	 * audited on it (on the reference typed when there is none).
	 */
	@Transactional
	public Raised raise(Meeting meeting, String reference, String summary) {
		if (!meeting.open(clock.instant())) {
			return new Raised(Outcome.NOT_OPEN, null, null);
		}
		var lookup = records.findByReference(reference, NetworkAudit.NETWORK_FAMILY_LOOKED_UP,
				"to raise it at a meeting of network " + meeting.network().id());
		if (lookup.refused()) {
			return new Raised(Outcome.TOO_MANY_LOOKUPS, null, lookup.retryAfter());
		}
		var typed = (reference != null) ? reference.strip().toUpperCase(Locale.ROOT) : "";
		if (lookup.found() == null) {
			audit.record(AuditEntry
				.refused(NetworkAudit.NETWORK_FAMILY_RAISED, "family_reference", typed, Basis.ROLE, "NOT_ON_RECORD")
				.withDetail("meeting " + meeting.id()));
			return new Raised(Outcome.NOT_ON_RECORD, null, null);
		}
		var family = lookup.found();
		if (!family.localityId().equals(meeting.network().localityId())) {
			audit.record(AuditEntry
				.refused(NetworkAudit.NETWORK_FAMILY_RAISED, "family", family.id(), Basis.ROLE, "OTHER_LOCALITY")
				.withDetail("meeting " + meeting.id() + " of a network of another locality"));
			return new Raised(Outcome.OTHER_LOCALITY, null, null);
		}
		lock(meeting.id());
		if (onAgenda(meeting.id(), family.id())) {
			audit.record(AuditEntry
				.refused(NetworkAudit.NETWORK_FAMILY_RAISED, "family", family.id(), Basis.ROLE, "ALREADY_ON_AGENDA")
				.withDetail("meeting " + meeting.id()));
			return new Raised(Outcome.ALREADY_ON_AGENDA, null, null);
		}
		var mine = access.decide(family.subject(), LocalDate.now(clock));
		boolean named = AgendaNaming.level(mine) != Level.ANONYMOUS;
		var id = insert(meeting.id(), "family", family.id(), null, summary, named);
		audit.record(new AuditEntry(NetworkAudit.NETWORK_FAMILY_RAISED, true, "family", family.id().toString(),
				named ? mine.basis() : Basis.ROLE, named ? mine.reference() : "NETWORK_MEMBER",
				"meeting " + meeting.id() + ", item " + id));
		return new Raised(Outcome.RAISED, id, null);
	}

	/**
	 * The families of the network's locality whose plan review falls on or before the
	 * meeting's day and who are not on its agenda yet, among those the coordinator may
	 * change; each shown is audited.
	 */
	@Transactional
	public List<PlanActions.ReviewDue> reviewsDue(Meeting meeting) {
		var on = onAgenda(meeting.id());
		var due = plans
			.reviewsDue(meeting.network().localityId(), LocalDate.ofInstant(meeting.startsAt(), ServiceTime.ZONE))
			.stream()
			.filter(r -> !on.contains(r.familyId()))
			.toList();
		audit.recordAll(due.stream()
			.map(r -> AuditEntry
				.allowed(NetworkAudit.NETWORK_REVIEW_DUE_LISTED, "family", r.familyId(), Basis.ROLE, "SUPPORT_WORKER")
				.withDetail("meeting " + meeting.id()))
			.toList());
		return due;
	}

	/**
	 * Adds the plan reviews of these families (each due by the meeting, of a family the
	 * coordinator may change, not on the agenda yet) to the agenda; returns how many were
	 * added.
	 */
	@Transactional
	public int addReviews(Meeting meeting, Collection<UUID> familyIds) {
		if (!meeting.open(clock.instant())) {
			return 0;
		}
		lock(meeting.id());
		var due = reviewsDue(meeting);
		int added = 0;
		for (var review : due) {
			if (familyIds.contains(review.familyId())) {
				var id = insert(meeting.id(), "review", review.familyId(), "Plan review due",
						"The family's support plan is due for review on " + DAY.format(review.reviewOn()) + ".", true);
				audit.record(
						AuditEntry
							.allowed(NetworkAudit.NETWORK_REVIEW_ADDED, "family", review.familyId(), Basis.ROLE,
									"SUPPORT_WORKER")
							.withDetail("meeting " + meeting.id() + ", item " + id));
				added++;
			}
		}
		return added;
	}

	/** Adds other business (a title and what it is about) to the agenda. */
	@Transactional
	public boolean addOther(Meeting meeting, String title, String text) {
		if (!meeting.open(clock.instant())) {
			return false;
		}
		lock(meeting.id());
		var id = insert(meeting.id(), "other", null, title, text, false);
		audit.record(
				AuditEntry
					.allowed(NetworkAudit.NETWORK_OTHER_BUSINESS_ADDED, "network_meeting", meeting.id(), Basis.ROLE,
							"NETWORK_COORDINATOR")
					.withDetail("item " + id));
		return true;
	}

	/**
	 * The agenda as the signed-in member may see it: each family by name only where the
	 * access decision allows (each such family audited as {@code shownAs} with its
	 * basis), else "Family A" and the raising member's summary; for the coordinator, the
	 * organisations of the members who see each family anonymised.
	 */
	@Transactional
	public List<Shown> shown(Meeting meeting, List<Item> items, NetworkAudit shownAs, String detail) {
		var familyIds = items.stream().filter(Item::aboutFamily).map(Item::familyId).toList();
		var subjects = records.subjects(familyIds);
		var mine = access.decideEach(subjects.values());
		Map<UUID, List<String>> anonymisedFor = meeting.coordinator() ? anonymisedFor(meeting, subjects.values())
				: Map.of();
		var shown = new ArrayList<Shown>();
		for (var item : items) {
			if (!item.aboutFamily()) {
				shown.add(new Shown(item, Level.NAMED, null, List.of(), List.of(), null));
				continue;
			}
			var decided = mine.get(item.familyId());
			Access allowed = (decided != null) ? decided.access() : null;
			var level = AgendaNaming.level(allowed);
			String reference = null;
			List<String> names = List.of();
			if (level != Level.ANONYMOUS) {
				var view = records.view(item.familyId(), shownAs, false, detail);
				allowed = view.access();
				level = AgendaNaming.level(allowed);
				names = AgendaNaming.names(allowed,
						view.people().stream().map(p -> new AgendaNaming.Named(p.id(), p.fullName())).toList());
				reference = (level == Level.NAMED) ? view.family().reference() : null;
			}
			var consentLink = (meeting.coordinator() && records.mayChange(item.familyId()))
					? "/families/" + item.familyId() + "/consent" : null;
			shown.add(new Shown(item, level, reference, names, anonymisedFor.getOrDefault(item.familyId(), List.of()),
					consentLink));
		}
		return shown;
	}

	/**
	 * For each family, the organisations of the network's members who would see it
	 * anonymised (decided for each member, recording nothing).
	 */
	private Map<UUID, List<String>> anonymisedFor(Meeting meeting, Collection<AccessSubject> subjects) {
		var current = members.current(meeting.network().id());
		var organisationOf = new HashMap<UUID, String>();
		current.forEach(m -> organisationOf.put(m.userId(), m.organisationName()));
		var result = new HashMap<UUID, List<String>>();
		for (var subject : subjects) {
			var decided = access.decideFor(organisationOf.keySet(), subject);
			var organisations = new LinkedHashSet<String>();
			current.forEach(m -> {
				if (AgendaNaming.level(decided.get(m.userId())) == Level.ANONYMOUS) {
					organisations.add(m.organisationName());
				}
			});
			result.put(subject.familyId(), List.copyOf(organisations));
		}
		return result;
	}

	private Set<UUID> onAgenda(UUID meetingId) {
		return Set.copyOf(jdbc
			.sql("select family_id from network_agenda_item where meeting_id = :meeting and family_id is not null")
			.param("meeting", meetingId)
			.query(UUID.class)
			.list());
	}

	private boolean onAgenda(UUID meetingId, UUID familyId) {
		return onAgenda(meetingId).contains(familyId);
	}

	/**
	 * Holds the meeting while an item is added, so that positions and letters follow on.
	 */
	private void lock(UUID meetingId) {
		jdbc.sql("select id from network_meeting where id = :id for update")
			.param("id", meetingId)
			.query(UUID.class)
			.single();
	}

	private UUID insert(UUID meetingId, String kind, UUID familyId, String title, String summary, boolean named) {
		var next = jdbc.sql("""
				select coalesce(max(position), 0) + 1 as position, count(family_id) as families
				from network_agenda_item where meeting_id = :meeting
				""")
			.param("meeting", meetingId)
			.query((rs, n) -> new int[] { rs.getInt("position"), rs.getInt("families") })
			.single();
		var id = UUID.randomUUID();
		var user = currentUser.get();
		jdbc.sql("""
				insert into network_agenda_item (id, meeting_id, position, kind, family_id, letter, title, summary,
				                                 raised_by, raised_by_organisation_id, raised_named, created_at)
				values (:id, :meeting, :position, :kind, :family, :letter, :title, :summary, :by, :organisation, :named,
				        :now)
				""")
			.param("id", id)
			.param("meeting", meetingId)
			.param("position", next[0])
			.param("kind", kind)
			.param("family", familyId)
			.param("letter", (familyId != null) ? AgendaNaming.letter(next[1]) : null)
			.param("title", title)
			.param("summary", summary)
			.param("by", user.id())
			.param("organisation", user.organisationId())
			.param("named", named)
			.param("now", Timestamp.from(clock.instant()))
			.update();
		return id;
	}

	/**
	 * A meeting of a network, as the agenda and minutes need it.
	 *
	 * @param network the network it is of
	 * @param status {@code scheduled} or {@code cancelled}
	 * @param coordinator whether the signed-in user coordinates the network
	 */
	public record Meeting(UUID id, Networks.Network network, Instant startsAt, Instant endsAt, String place,
			String onlineLink, String status, boolean coordinator) {

		Meeting as(boolean isCoordinator) {
			return new Meeting(id, network, startsAt, endsAt, place, onlineLink, status, isCoordinator);
		}

		public boolean cancelled() {
			return "cancelled".equals(status);
		}

		/** Whether items may be added: scheduled, and not started yet. */
		public boolean open(Instant now) {
			return !cancelled() && startsAt.isAfter(now);
		}

		/** Whether it has happened (or is happening): started, and not cancelled. */
		public boolean held(Instant now) {
			return !cancelled() && !startsAt.isAfter(now);
		}

		/** The meeting's day, in words: "3 March 2026". */
		public String day() {
			return DAY.format(startsAt.atZone(ServiceTime.ZONE));
		}

	}

	/**
	 * An item of the agenda.
	 *
	 * @param kind {@code family}, {@code review} or {@code other}
	 * @param familyId the family, for a family raised or a plan review; null otherwise
	 * @param letter the family's letter on this agenda
	 * @param title other business's title ("Plan review due" for a review); null for a
	 * family raised
	 * @param summary the raising member's summary, which names nobody, or what other
	 * business is about
	 * @param raisedBy who added it
	 * @param organisation their organisation
	 * @param raisedNamed whether they could see the family by name when they raised it
	 */
	public record Item(UUID id, int position, String kind, UUID familyId, String letter, String title, String summary,
			String raisedBy, String organisation, boolean raisedNamed) {

		public boolean aboutFamily() {
			return familyId != null;
		}

		/** "Family A", as members not covered read it. */
		public String anonymised() {
			return AgendaNaming.anonymised(letter);
		}

	}

	/**
	 * An item as one member sees it.
	 *
	 * @param level how much of the family they see ({@code NAMED} for other business)
	 * @param reference the family's reference, when they see it by name
	 * @param names the names of the people they may see
	 * @param anonymisedFor for the coordinator, the organisations of members who see the
	 * family anonymised
	 * @param consentLink for the coordinator who may change the family, its consent page
	 */
	public record Shown(Item item, Level level, String reference, List<String> names, List<String> anonymisedFor,
			String consentLink) {

		public boolean named() {
			return level != Level.ANONYMOUS;
		}

	}

	/**
	 * What raising a family came to.
	 *
	 * @param itemId the item added, when raised
	 * @param retryAfter how long to wait, after too many lookups
	 */
	public record Raised(Outcome outcome, UUID itemId, Duration retryAfter) {
	}

	/** What raising a family came to. */
	public enum Outcome {

		/** On the agenda. */
		RAISED,

		/** The meeting has started, or was cancelled. */
		NOT_OPEN,

		/** No family has that reference. */
		NOT_ON_RECORD,

		/** The family lives in another locality. */
		OTHER_LOCALITY,

		/** The family is on the agenda already. */
		ALREADY_ON_AGENDA,

		/** Too many lookups by reference. */
		TOO_MANY_LOOKUPS

	}

}
