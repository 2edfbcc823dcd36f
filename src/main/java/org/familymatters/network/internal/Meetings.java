package org.familymatters.network.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.shared.StaleSave;
import org.familymatters.shared.security.CurrentUser;
import org.familymatters.shared.time.ServiceTime;
import org.familymatters.shared.web.NotFound;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A network's meetings: who may see them (its members and its coordinator), scheduling,
 * changing and cancelling them (the coordinator; each publishes {@link MeetingMailDue} in
 * its transaction, so that everyone is e-mailed after the commit), apologies (a member,
 * before the meeting) and attendance (the coordinator, once it has started). A meeting's
 * details name no family. Each change is audited (record type {@value #RECORD}, basis
 * {@code ROLE} with {@code NETWORK_COORDINATOR} or {@code NETWORK_MEMBER}).
 */
@Service
public class Meetings {

	/** The audit trail's record type for a meeting. */
	public static final String RECORD = "network_meeting";

	/** How far apart meetings are by default. */
	public static final int MONTHS_APART = 3;

	static final String COORDINATOR = "NETWORK_COORDINATOR";

	static final String MEMBER = "NETWORK_MEMBER";

	private static final String SELECT = """
			select id, network_id, starts_at, ends_at, place, online_link, status = 'cancelled' as cancelled,
			       sequence, version
			from network_meeting
			""";

	private final JdbcClient jdbc;

	private final Networks networks;

	private final NetworkMembers members;

	private final CurrentUser currentUser;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Meetings(JdbcClient jdbc, Networks networks, NetworkMembers members, CurrentUser currentUser, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.networks = networks;
		this.members = members;
		this.currentUser = currentUser;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The signed-in user as the network's meetings see them.
	 * @throws NotFound when there is no such network
	 * @throws AccessDeniedException when they are neither a member nor its coordinator
	 */
	@Transactional(readOnly = true)
	public Viewer viewer(UUID networkId) {
		var user = currentUser.get().id();
		var network = networks.find(networkId).orElseThrow(() -> new NotFound("network", networkId));
		boolean coordinator = network.coordinatorUserId().equals(user);
		boolean member = members.isMember(networkId, user);
		if (!coordinator && !member) {
			throw new AccessDeniedException("Only the network's members and its coordinator see its meetings");
		}
		return new Viewer(network, user, coordinator, member);
	}

	/**
	 * The signed-in user, who must coordinate the network.
	 * @throws NotFound when there is no such network
	 * @throws AccessDeniedException when they do not coordinate it
	 */
	@Transactional(readOnly = true)
	public Viewer coordinator(UUID networkId) {
		var viewer = viewer(networkId);
		if (!viewer.coordinator()) {
			throw new AccessDeniedException("Only the network's coordinator arranges its meetings");
		}
		return viewer;
	}

	/**
	 * The network's meetings: those to come first (soonest first), then the past ones.
	 */
	@Transactional(readOnly = true)
	public List<Meeting> of(UUID networkId) {
		return jdbc.sql(SELECT + """
				where network_id = :network
				order by ends_at <= :now, case when ends_at > :now then starts_at end, starts_at desc
				""")
			.param("network", networkId)
			.param("now", Timestamp.from(clock.instant()))
			.query(Meeting.class)
			.list();
	}

	/** The meeting, if it is one of the network's. */
	@Transactional(readOnly = true)
	public Optional<Meeting> find(UUID networkId, UUID meetingId) {
		return jdbc.sql(SELECT + " where id = :id and network_id = :network")
			.param("id", meetingId)
			.param("network", networkId)
			.query(Meeting.class)
			.optional();
	}

	/**
	 * The meeting of the network.
	 * @throws NotFound when it is not one of the network's
	 */
	@Transactional(readOnly = true)
	public Meeting get(UUID networkId, UUID meetingId) {
		return find(networkId, meetingId).orElseThrow(() -> new NotFound("meeting", meetingId));
	}

	/**
	 * The day a new meeting is suggested for: {@value #MONTHS_APART} months after the
	 * network's latest meeting that was not cancelled, or from today for the first (and
	 * when that day has passed).
	 */
	@Transactional(readOnly = true)
	public LocalDate suggestedDay(UUID networkId) {
		var today = LocalDate.now(clock.withZone(ServiceTime.ZONE));
		var latest = jdbc.sql("""
				select max(starts_at) from network_meeting where network_id = :network and status = 'scheduled'
				""").param("network", networkId).query(Timestamp.class).optional();
		var day = latest.map(t -> t.toInstant().atZone(ServiceTime.ZONE).toLocalDate().plusMonths(MONTHS_APART))
			.filter(d -> d.isAfter(today))
			.orElse(today.plusMonths(MONTHS_APART));
		return day;
	}

	/**
	 * Schedules a meeting of the network; everyone is invited after the commit.
	 * @return the new meeting's id
	 * @throws AccessDeniedException when the signed-in user does not coordinate it
	 * @throws IllegalArgumentException when the details break a rule the form checks
	 */
	@Transactional
	public UUID schedule(UUID networkId, MeetingDetails details) {
		var viewer = coordinator(networkId);
		requireSound(details);
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into network_meeting (id, network_id, starts_at, ends_at, place, online_link, created_by)
				values (:id, :network, :starts, :ends, :place, :link, :by)
				""")
			.param("id", id)
			.param("network", networkId)
			.param("starts", Timestamp.from(details.startsAt()))
			.param("ends", Timestamp.from(details.endsAt()))
			.param("place", details.place())
			.param("link", details.onlineLink())
			.param("by", viewer.userId())
			.update();
		audit.record(AuditEntry.allowed(NetworkAudit.MEETING_SCHEDULED, RECORD, id, Basis.ROLE, COORDINATOR)
			.withDetail("network " + networkId));
		events.publishEvent(new MeetingMailDue(id, MeetingMailDue.Kind.INVITATION, 0));
		return id;
	}

	/**
	 * Changes the meeting's date, time or place: its sequence goes up by one and everyone
	 * is sent the update after the commit.
	 * @throws StaleSave when it changed since {@code version}
	 * @throws MeetingClosed when it is cancelled or has started
	 */
	@Transactional
	public void change(UUID networkId, UUID meetingId, long version, MeetingDetails details) {
		coordinator(networkId);
		var meeting = changeable(networkId, meetingId, version);
		requireSound(details);
		jdbc.sql("""
				update network_meeting set starts_at = :starts, ends_at = :ends, place = :place, online_link = :link,
				       sequence = sequence + 1, version = version + 1, updated_at = now()
				where id = :id
				""")
			.param("starts", Timestamp.from(details.startsAt()))
			.param("ends", Timestamp.from(details.endsAt()))
			.param("place", details.place())
			.param("link", details.onlineLink())
			.param("id", meetingId)
			.update();
		audit.record(AuditEntry.allowed(NetworkAudit.MEETING_CHANGED, RECORD, meetingId, Basis.ROLE, COORDINATOR)
			.withDetail("update " + (meeting.sequence() + 1)));
		events.publishEvent(new MeetingMailDue(meetingId, MeetingMailDue.Kind.UPDATE, meeting.sequence() + 1));
	}

	/**
	 * Cancels the meeting: its sequence goes up by one and everyone is sent the
	 * cancellation after the commit.
	 * @throws StaleSave when it changed since {@code version}
	 * @throws MeetingClosed when it is cancelled already or has started
	 */
	@Transactional
	public void cancel(UUID networkId, UUID meetingId, long version) {
		coordinator(networkId);
		var meeting = changeable(networkId, meetingId, version);
		jdbc.sql("""
				update network_meeting set status = 'cancelled', sequence = sequence + 1, version = version + 1,
				       updated_at = now()
				where id = :id
				""").param("id", meetingId).update();
		audit.record(AuditEntry.allowed(NetworkAudit.MEETING_CANCELLED, RECORD, meetingId, Basis.ROLE, COORDINATOR));
		events.publishEvent(new MeetingMailDue(meetingId, MeetingMailDue.Kind.CANCELLATION, meeting.sequence() + 1));
	}

	/**
	 * The signed-in member's apologies for the meeting, before it starts.
	 * @throws MeetingClosed when it is cancelled or has started
	 */
	@Transactional
	public void sendApologies(UUID networkId, UUID meetingId) {
		var viewer = viewer(networkId);
		beforeStart(lock(networkId, meetingId));
		jdbc.sql("""
				insert into network_meeting_attendance (meeting_id, user_id, status, recorded_by)
				values (:meeting, :user, 'apologies', :user)
				on conflict (meeting_id, user_id) do update set status = 'apologies', recorded_by = :user,
				    recorded_at = now()
				""").param("meeting", meetingId).param("user", viewer.userId()).update();
		audit.record(AuditEntry.allowed(NetworkAudit.MEETING_APOLOGIES_SENT, RECORD, meetingId, Basis.ROLE,
				viewer.coordinator() ? COORDINATOR : MEMBER));
	}

	/**
	 * Withdraws the signed-in member's apologies, before the meeting starts.
	 * @throws MeetingClosed when it is cancelled or has started
	 */
	@Transactional
	public void withdrawApologies(UUID networkId, UUID meetingId) {
		var viewer = viewer(networkId);
		beforeStart(lock(networkId, meetingId));
		int removed = jdbc.sql("""
				delete from network_meeting_attendance
				where meeting_id = :meeting and user_id = :user and status = 'apologies'
				""").param("meeting", meetingId).param("user", viewer.userId()).update();
		if (removed > 0) {
			audit.record(AuditEntry.allowed(NetworkAudit.MEETING_APOLOGIES_WITHDRAWN, RECORD, meetingId, Basis.ROLE,
					viewer.coordinator() ? COORDINATOR : MEMBER));
		}
	}

	/**
	 * Records who attended, once the meeting has started: each of {@code attended}
	 * attended (in place of apologies they sent); anyone recorded as attending before and
	 * not among them no longer is.
	 * @param attended some of {@link #invited} (the others are refused)
	 * @throws MeetingClosed when it is cancelled or has not started
	 * @throws IllegalArgumentException when someone in {@code attended} is not invited
	 */
	@Transactional
	public void recordAttendance(UUID networkId, UUID meetingId, Collection<UUID> attended) {
		var viewer = coordinator(networkId);
		var meeting = lock(networkId, meetingId);
		if (meeting.cancelled()) {
			throw new MeetingClosed(MeetingClosed.Why.CANCELLED);
		}
		if (!meeting.started(clock.instant())) {
			throw new MeetingClosed(MeetingClosed.Why.NOT_STARTED);
		}
		var invited = invited(networkId).keySet();
		if (!invited.containsAll(attended)) {
			throw new IllegalArgumentException("Only the network's members and coordinator attend its meetings");
		}
		if (attended.isEmpty()) {
			jdbc.sql("delete from network_meeting_attendance where meeting_id = :meeting and status = 'attended'")
				.param("meeting", meetingId)
				.update();
		}
		else {
			jdbc.sql("""
					delete from network_meeting_attendance
					where meeting_id = :meeting and status = 'attended' and user_id not in (:attended)
					""").param("meeting", meetingId).param("attended", List.copyOf(attended)).update();
		}
		for (var user : attended) {
			jdbc.sql("""
					insert into network_meeting_attendance (meeting_id, user_id, status, recorded_by)
					values (:meeting, :user, 'attended', :by)
					on conflict (meeting_id, user_id) do update set status = 'attended', recorded_by = :by,
					    recorded_at = now()
					""").param("meeting", meetingId).param("user", user).param("by", viewer.userId()).update();
		}
		audit.record(
				AuditEntry.allowed(NetworkAudit.MEETING_ATTENDANCE_RECORDED, RECORD, meetingId, Basis.ROLE, COORDINATOR)
					.withDetail(attended.size() + " attended"));
	}

	/**
	 * Who is invited to the network's meetings, by name: the coordinator and each current
	 * member, with their organisation (null for a coordinator who is not a member).
	 */
	@Transactional(readOnly = true)
	public Map<UUID, Invited> invited(UUID networkId) {
		var invited = new LinkedHashMap<UUID, Invited>();
		var network = networks.find(networkId).orElseThrow(() -> new NotFound("network", networkId));
		var current = members.current(networkId);
		var coordinatorAsMember = current.stream()
			.filter(m -> m.userId().equals(network.coordinatorUserId()))
			.findFirst();
		invited.put(network.coordinatorUserId(), new Invited(network.coordinatorUserId(), network.coordinatorName(),
				coordinatorAsMember.map(NetworkMembers.Member::organisationName).orElse(null), true));
		for (var member : current) {
			invited.putIfAbsent(member.userId(),
					new Invited(member.userId(), member.name(), member.organisationName(), false));
		}
		return invited;
	}

	/**
	 * Who attended the meeting or sent apologies: {@code attended} or {@code apologies}.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, String> attendance(UUID meetingId) {
		var attendance = new LinkedHashMap<UUID, String>();
		jdbc.sql("select user_id, status from network_meeting_attendance where meeting_id = :meeting")
			.param("meeting", meetingId)
			.query((rs, n) -> attendance.put(rs.getObject("user_id", UUID.class), rs.getString("status")))
			.list();
		return attendance;
	}

	/**
	 * The meetings to come of every network the user is a member or the coordinator of,
	 * soonest first, at most {@code limit}; none cancelled.
	 */
	@Transactional(readOnly = true)
	public List<Upcoming> upcomingFor(UUID userId, int limit) {
		return jdbc.sql("""
				select m.id as meeting_id, n.id as network_id, n.name as network_name, m.starts_at, m.ends_at, m.place,
				       m.online_link
				from network_meeting m
				join network n on n.id = m.network_id
				where m.status = 'scheduled' and m.ends_at > :now
				  and (n.coordinator_user_id = :user
				       or exists (select 1 from network_member nm
				                  where nm.network_id = n.id and nm.user_id = :user and nm.left_at is null))
				order by m.starts_at, m.id
				limit :limit
				""")
			.param("now", Timestamp.from(clock.instant()))
			.param("user", userId)
			.param("limit", limit)
			.query(Upcoming.class)
			.list();
	}

	/** The networks the user belongs to or coordinates, by name: their ids and names. */
	@Transactional(readOnly = true)
	public Map<UUID, String> networksOf(UUID userId) {
		var names = new LinkedHashMap<UUID, String>();
		for (var id : members.networksOf(userId)) {
			networks.find(id).ifPresent(n -> names.put(n.id(), n.name()));
		}
		return names;
	}

	/** The instant a day and time of day in the service's zone fall on. */
	public static Instant at(LocalDate day, java.time.LocalTime time) {
		return ZonedDateTime.of(day, time, ServiceTime.ZONE).toInstant();
	}

	private Meeting changeable(UUID networkId, UUID meetingId, long version) {
		var meeting = lock(networkId, meetingId);
		if (meeting.cancelled()) {
			throw new MeetingClosed(MeetingClosed.Why.CANCELLED);
		}
		if (meeting.version() != version) {
			throw new StaleSave(RECORD, meetingId);
		}
		if (meeting.started(clock.instant())) {
			throw new MeetingClosed(MeetingClosed.Why.STARTED);
		}
		return meeting;
	}

	private void beforeStart(Meeting meeting) {
		if (meeting.cancelled()) {
			throw new MeetingClosed(MeetingClosed.Why.CANCELLED);
		}
		if (meeting.started(clock.instant())) {
			throw new MeetingClosed(MeetingClosed.Why.STARTED);
		}
	}

	/** The meeting, locked until the transaction ends. */
	private Meeting lock(UUID networkId, UUID meetingId) {
		return jdbc.sql(SELECT + " where id = :id and network_id = :network for update")
			.param("id", meetingId)
			.param("network", networkId)
			.query(Meeting.class)
			.optional()
			.orElseThrow(() -> new NotFound("meeting", meetingId));
	}

	/** The rules the form checks, checked again here: a service is not a form. */
	private void requireSound(MeetingDetails details) {
		if (!details.startsAt().isAfter(clock.instant())) {
			throw new IllegalArgumentException("A meeting cannot be in the past");
		}
		if (!details.endsAt().isAfter(details.startsAt())) {
			throw new IllegalArgumentException("A meeting must end after it starts");
		}
		if (details.place() == null && details.onlineLink() == null) {
			throw new IllegalArgumentException("A meeting needs a place or an online link");
		}
	}

	/**
	 * The signed-in user as a network's meetings see them.
	 *
	 * @param network the network
	 * @param userId who they are
	 * @param coordinator whether they coordinate it
	 * @param member whether they are a current member
	 */
	public record Viewer(Networks.Network network, UUID userId, boolean coordinator, boolean member) {
	}

	/**
	 * Someone invited to a network's meetings.
	 *
	 * @param userId who
	 * @param name their name
	 * @param organisationName their organisation in the network; null for a coordinator
	 * who is not a member
	 * @param coordinator whether they coordinate the network
	 */
	public record Invited(UUID userId, String name, String organisationName, boolean coordinator) {
	}

	/**
	 * A meeting to come, on someone's home page.
	 *
	 * @param meetingId the meeting
	 * @param networkId its network
	 * @param networkName the network's name
	 * @param startsAt when it starts
	 * @param endsAt when it ends
	 * @param place where; null for none
	 * @param onlineLink the link to join it; null for none
	 */
	public record Upcoming(UUID meetingId, UUID networkId, String networkName, Instant startsAt, Instant endsAt,
			String place, String onlineLink) {
	}

}
