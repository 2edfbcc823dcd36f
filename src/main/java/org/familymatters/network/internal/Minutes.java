package org.familymatters.network.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.family.FamilyRecords;
import org.familymatters.plan.PlanActions;
import org.familymatters.shared.StaleSave;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A meeting's minutes, in versions: once the meeting has started the coordinator writes a
 * minute for each item in a draft; publishing locks the version and e-mails every member
 * ({@link MinutesPublished}); a correction starts the next version, copied from the last
 * with the reason, and publishing it supersedes the last for readers (every version is
 * kept). Each member's copy is the latest published version as they may see it: a family
 * by name, with what was said and agreed, only where the access decision allows
 * ({@link AgendaNaming}); otherwise "Family A", the raising member's summary, that it was
 * discussed, and how many actions were agreed and which organisations own them.
 */
@Service
public class Minutes {

	private final JdbcClient jdbc;

	private final Agenda agenda;

	private final FamilyRecords records;

	private final PlanActions plans;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Minutes(JdbcClient jdbc, Agenda agenda, FamilyRecords records, PlanActions plans, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.agenda = agenda;
		this.records = records;
		this.plans = plans;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** Refuses minutes for a meeting that has not happened (or was cancelled). */
	public void requireHeld(Agenda.Meeting meeting) {
		if (meeting.cancelled()) {
			throw new MinutesRefused("The meeting was cancelled, so it has no minutes.");
		}
		if (!meeting.held(clock.instant())) {
			throw new MinutesRefused("The meeting has not happened yet: minutes can be written once it starts, on "
					+ meeting.day() + ".");
		}
	}

	/** Every version of the meeting's minutes, the latest first. */
	@Transactional(readOnly = true)
	public List<Version> versions(UUID meetingId) {
		return jdbc.sql("""
				select m.number, m.status, m.correction, m.published_at, u.display_name as published_by
				from network_minutes m left join identity_user u on u.id = m.published_by
				where m.meeting_id = :meeting order by m.number desc
				""").param("meeting", meetingId).query(Version.class).list();
	}

	/** The latest version, draft or published. */
	@Transactional(readOnly = true)
	public Optional<Version> latest(UUID meetingId) {
		return versions(meetingId).stream().findFirst();
	}

	/** What each item's minute says in a version. */
	@Transactional(readOnly = true)
	public Map<UUID, String> text(UUID meetingId, int number) {
		var text = new HashMap<UUID, String>();
		jdbc.sql("select item_id, text from network_minute where meeting_id = :meeting and number = :number")
			.param("meeting", meetingId)
			.param("number", number)
			.query((RowCallbackHandler) rs -> text.put(rs.getObject("item_id", UUID.class), rs.getString("text")));
		return text;
	}

	/**
	 * The draft's number, started now when there is none and no version is published (a
	 * published version is locked: a correction starts the next).
	 * @throws MinutesRefused when the meeting has not happened, or its latest minutes are
	 * published
	 */
	@Transactional
	public int draft(Agenda.Meeting meeting) {
		requireHeld(meeting);
		var latest = latest(meeting.id());
		if (latest.isPresent()) {
			if (latest.get().published()) {
				throw new MinutesRefused("These minutes are published and locked: start a correction to change them.");
			}
			return latest.get().number();
		}
		jdbc.sql("""
				insert into network_minutes (meeting_id, number, status, created_by, created_at)
				values (:meeting, 1, 'draft', :by, :now) on conflict do nothing
				""")
			.param("meeting", meeting.id())
			.param("by", agendaUser())
			.param("now", Timestamp.from(clock.instant()))
			.update();
		return latest(meeting.id()).map(Version::number).orElseThrow();
	}

	/**
	 * Writes the item's minute in the draft shown as {@code number} (refused as stale
	 * when the draft has moved on, or was published meanwhile). A family's minute is
	 * written by someone who may see the family: audited on it with their basis, refused
	 * (403) otherwise.
	 */
	@Transactional
	public void write(Agenda.Meeting meeting, Agenda.Item item, String text, Integer number) {
		var draft = draft(meeting);
		if (number != null && number != draft) {
			throw new StaleSave("minutes of meeting", meeting.id());
		}
		var detail = "meeting " + meeting.id() + ", minutes version " + draft + ", item " + item.id();
		if (item.aboutFamily()) {
			records.view(item.familyId(), NetworkAudit.NETWORK_MINUTE_WRITTEN, false, detail);
		}
		else {
			audit.record(
					AuditEntry
						.allowed(NetworkAudit.NETWORK_MINUTE_WRITTEN, "network_meeting", meeting.id(), Basis.ROLE,
								"NETWORK_COORDINATOR")
						.withDetail(detail));
		}
		jdbc.sql("""
				insert into network_minute (meeting_id, number, item_id, text, written_by, written_at)
				values (:meeting, :number, :item, :text, :by, :now)
				on conflict (meeting_id, number, item_id)
				do update set text = excluded.text, written_by = excluded.written_by, written_at = excluded.written_at
				""")
			.param("meeting", meeting.id())
			.param("number", draft)
			.param("item", item.id())
			.param("text", text)
			.param("by", agendaUser())
			.param("now", Timestamp.from(clock.instant()))
			.update();
	}

	/**
	 * Publishes the draft shown as {@code number}: locked from now on, and every member
	 * e-mailed once it is committed. Refused as stale when there is no such draft.
	 */
	@Transactional
	public void publish(Agenda.Meeting meeting, int number) {
		requireHeld(meeting);
		int published = jdbc.sql("""
				update network_minutes set status = 'published', published_at = :now, published_by = :by,
				       version = version + 1
				where meeting_id = :meeting and number = :number and status = 'draft'
				""")
			.param("now", Timestamp.from(clock.instant()))
			.param("by", agendaUser())
			.param("meeting", meeting.id())
			.param("number", number)
			.update();
		if (published == 0) {
			throw new StaleSave("minutes of meeting", meeting.id());
		}
		audit.record(
				AuditEntry
					.allowed(NetworkAudit.NETWORK_MINUTES_PUBLISHED, "network_meeting", meeting.id(), Basis.ROLE,
							"NETWORK_COORDINATOR")
					.withDetail("version " + number));
		events.publishEvent(new MinutesPublished(meeting.id(), number));
	}

	/**
	 * Starts a correction of the published version {@code number}: the next version, a
	 * draft copied from it, with the reason. Refused as stale when {@code number} is not
	 * the latest version or is not published.
	 */
	@Transactional
	public int correct(Agenda.Meeting meeting, int number, String reason) {
		requireHeld(meeting);
		var latest = latest(meeting.id()).orElseThrow(() -> new StaleSave("minutes of meeting", meeting.id()));
		if (latest.number() != number || !latest.published()) {
			throw new StaleSave("minutes of meeting", meeting.id());
		}
		int next = number + 1;
		int started = jdbc.sql("""
				insert into network_minutes (meeting_id, number, status, correction, created_by, created_at)
				values (:meeting, :number, 'draft', :reason, :by, :now) on conflict do nothing
				""")
			.param("meeting", meeting.id())
			.param("number", next)
			.param("reason", reason)
			.param("by", agendaUser())
			.param("now", Timestamp.from(clock.instant()))
			.update();
		if (started == 0) {
			throw new StaleSave("minutes of meeting", meeting.id());
		}
		jdbc.sql("""
				insert into network_minute (meeting_id, number, item_id, text, written_by, written_at)
				select meeting_id, :next, item_id, text, written_by, written_at from network_minute
				where meeting_id = :meeting and number = :number
				""").param("next", next).param("meeting", meeting.id()).param("number", number).update();
		audit.record(
				AuditEntry
					.allowed(NetworkAudit.NETWORK_MINUTES_CORRECTED, "network_meeting", meeting.id(), Basis.ROLE,
							"NETWORK_COORDINATOR")
					.withDetail("version " + next + " corrects version " + number));
		return next;
	}

	/**
	 * The signed-in member's copy as {@link #copy} gives it, to print as a PDF: the
	 * printing is audited too ({@link NetworkAudit#NETWORK_MINUTES_PRINTED}, the version
	 * in the detail).
	 */
	@Transactional
	public Optional<Copy> printedCopy(Agenda.Meeting meeting) {
		var copy = copy(meeting);
		copy.ifPresent(printed -> audit.record(
				AuditEntry
					.allowed(NetworkAudit.NETWORK_MINUTES_PRINTED, "network_meeting", meeting.id(), Basis.ROLE,
							"NETWORK_MEMBER")
					.withDetail("version " + printed.version().number())));
		return copy;
	}

	/**
	 * The signed-in member's copy of the latest published version: each family item named
	 * only as far as the access decision allows (each family shown by name audited with
	 * its basis), the rest anonymised. Empty when no version is published yet.
	 */
	@Transactional
	public Optional<Copy> copy(Agenda.Meeting meeting) {
		var version = versions(meeting.id()).stream().filter(Version::published).findFirst();
		if (version.isEmpty()) {
			return Optional.empty();
		}
		var items = agenda.items(meeting.id());
		var shown = agenda.shown(meeting, items, NetworkAudit.NETWORK_MINUTES_FAMILY_SHOWN,
				"meeting " + meeting.id() + ", minutes version " + version.get().number());
		var text = text(meeting.id(), version.get().number());
		var actions = actions(items.stream().map(Agenda.Item::id).toList(), version.get().publishedAt());
		var copied = new ArrayList<CopyItem>();
		for (var each : shown) {
			var agreed = actions.getOrDefault(each.item().id(), List.of());
			var owners = List
				.copyOf(new LinkedHashSet<>(agreed.stream().map(PlanActions.Action::ownerOrganisationName).toList()));
			boolean full = !each.item().aboutFamily() || each.level().seesMinutes();
			copied.add(new CopyItem(each, full ? text.get(each.item().id()) : null, full ? agreed : List.of(),
					agreed.size(), owners));
		}
		return Optional.of(new Copy(meeting, version.get(), copied));
	}

	/**
	 * The actions agreed for each item no later than {@code until} (a version's
	 * publication; null for all), with their owners, due dates and statuses from the
	 * plan. Who may read a description is for the caller to decide.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, List<PlanActions.Action>> actions(Collection<UUID> itemIds, Instant until) {
		if (itemIds.isEmpty()) {
			return Map.of();
		}
		var byItem = new HashMap<UUID, List<UUID>>();
		jdbc.sql(
				"""
						select item_id, plan_action_id from network_agreed_action
						where item_id in (:items) and (cast(:until as timestamptz) is null or agreed_at <= cast(:until as timestamptz))
						order by agreed_at, plan_action_id
						""")
			.param("items", List.copyOf(itemIds))
			.param("until", (until != null) ? Timestamp.from(until) : null)
			.query((RowCallbackHandler) rs -> byItem
				.computeIfAbsent(rs.getObject("item_id", UUID.class), k -> new ArrayList<>())
				.add(rs.getObject("plan_action_id", UUID.class)));
		var found = plans.actions(byItem.values().stream().flatMap(List::stream).toList());
		var result = new HashMap<UUID, List<PlanActions.Action>>();
		byItem.forEach((item, ids) -> result.put(item, ids.stream().map(found::get).filter(Objects::nonNull).toList()));
		return result;
	}

	private UUID agendaUser() {
		return agenda.currentUserId();
	}

	/**
	 * A version of the minutes.
	 *
	 * @param status {@code draft} or {@code published}
	 * @param correction why it corrects the version before it; null for the first
	 * @param publishedAt when it was published; null for a draft
	 * @param publishedBy who published it
	 */
	public record Version(int number, String status, String correction, Instant publishedAt, String publishedBy) {

		public boolean published() {
			return "published".equals(status);
		}

	}

	/** A member's copy of the minutes. */
	public record Copy(Agenda.Meeting meeting, Version version, List<CopyItem> items) {
	}

	/**
	 * An item of a member's copy.
	 *
	 * @param shown the item as the member may see it
	 * @param minute what was said; null when they may not read it (or nothing was
	 * written)
	 * @param actions the actions agreed, for a member who may read them
	 * @param actionCount how many actions were agreed
	 * @param owners the organisations that own them
	 */
	public record CopyItem(Agenda.Shown shown, String minute, List<PlanActions.Action> actions, int actionCount,
			List<String> owners) {
	}

}
