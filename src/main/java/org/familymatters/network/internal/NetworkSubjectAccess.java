package org.familymatters.network.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.family.NamesOnRecord;
import org.familymatters.shared.privacy.DataSubject;
import org.familymatters.shared.privacy.Identifiers;
import org.familymatters.shared.privacy.PackageText;
import org.familymatters.shared.privacy.SubjectAccessField;
import org.familymatters.shared.privacy.SubjectAccessItem;
import org.familymatters.shared.privacy.SubjectAccessSection;
import org.familymatters.shared.privacy.SubjectAccessSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the networks hold about a person, for their subject access package (section
 * "Network meetings"): for each meeting, the agenda items and minutes about them — an
 * item that raised one of their families (by the family ids the officer confirmed), with
 * its summary and what every version of the minutes says of it; and, from any other item
 * or message to a network, only the passages (lines) that name them by a whole name. The
 * rest of the minutes is about other families and is not included. Within what is
 * included, other people on record named in full ("given family") are replaced by
 * {@value Identifiers#REDACTED_NAME} ({@link NamesOnRecord}, which reads no family).
 * Staff who raised or wrote an item act for their organisation and are named. Each
 * meeting read is audited as {@link NetworkAudit#NETWORK_SUBJECT_ACCESS_READ} (each
 * message on the network), basis ROLE, reference the request.
 */
@Component
public class NetworkSubjectAccess implements SubjectAccessSource {

	/** The section's title. */
	public static final String TITLE = "Network meetings";

	private final JdbcClient jdbc;

	private final NamesOnRecord namesOnRecord;

	private final AuditTrail audit;

	NetworkSubjectAccess(JdbcClient jdbc, NamesOnRecord namesOnRecord, AuditTrail audit) {
		this.jdbc = jdbc;
		this.namesOnRecord = namesOnRecord;
		this.audit = audit;
	}

	@Override
	public int order() {
		return 500;
	}

	@Override
	@Transactional
	public List<SubjectAccessSection> find(DataSubject subject) {
		var who = Identifiers.of(subject);
		var items = new LinkedHashMap<UUID, Item>();
		jdbc.sql(ITEMS + " where i.family_id in (:families)")
			.param("families", Identifiers.idsForSql(subject.familyIds()))
			.query(this::item)
			.list()
			.forEach(item -> items.put(item.id(), item));
		var minutes = new ArrayList<Minute>();
		if (!items.isEmpty()) {
			minutes.addAll(jdbc.sql(MINUTES + " where mi.item_id in (:items)")
				.param("items", items.keySet())
				.query(this::minute)
				.list());
		}
		var messages = new ArrayList<Message>();
		for (var word : who.lastWords()) {
			jdbc.sql(ITEMS + " where strpos(lower(i.summary || ' ' || coalesce(i.title, '')), :word) > 0")
				.param("word", word)
				.query(this::item)
				.list()
				.stream()
				.filter(item -> who.namedIn(item.summary()) || who.namedIn(item.title()))
				.forEach(item -> items.putIfAbsent(item.id(), item));
			jdbc.sql(MINUTES + " where strpos(lower(mi.text), :word) > 0")
				.param("word", word)
				.query(this::minute)
				.list()
				.stream()
				.filter(minute -> who.namedIn(minute.text()))
				.filter(minute -> minutes.stream().noneMatch(m -> m.key().equals(minute.key())))
				.forEach(minutes::add);
			jdbc.sql("""
					select m.id, n.name as network, m.sent_at, m.subject, m.body from network_message m
					join network n on n.id = m.network_id
					where strpos(lower(m.subject || ' ' || m.body), :word) > 0
					""")
				.param("word", word)
				.query((rs, n) -> new Message(rs.getObject("id", UUID.class), rs.getString("network"),
						rs.getTimestamp("sent_at").toInstant(), rs.getString("subject"), rs.getString("body")))
				.list()
				.stream()
				.filter(message -> who.namedIn(message.subject()) || who.namedIn(message.body()))
				.filter(message -> messages.stream().noneMatch(m -> m.id().equals(message.id())))
				.forEach(messages::add);
		}
		var byMeeting = new LinkedHashMap<UUID, List<SubjectAccessField>>();
		var meetings = new LinkedHashMap<UUID, Item>();
		for (var minute : minutes) {
			items.computeIfAbsent(minute.itemId(),
					id -> jdbc.sql(ITEMS + " where i.id = :id").param("id", id).query(this::item).single());
		}
		items.values()
			.stream()
			.sorted(Comparator.comparing(Item::startsAt)
				.thenComparing(Item::meetingId)
				.thenComparingInt(Item::position))
			.forEach(item -> {
				meetings.putIfAbsent(item.meetingId(), item);
				var fields = byMeeting.computeIfAbsent(item.meetingId(), id -> new ArrayList<>());
				boolean theirFamily = item.familyId() != null && subject.familyIds().contains(item.familyId());
				fields.addAll(itemFields(item, theirFamily, who,
						minutes.stream()
							.filter(m -> m.itemId().equals(item.id()))
							.sorted(Comparator.comparingInt(Minute::number))
							.toList()));
			});
		var found = new ArrayList<SubjectAccessItem>();
		var read = new ArrayList<AuditEntry>();
		meetings.forEach((meetingId, item) -> {
			var fields = new ArrayList<SubjectAccessField>();
			fields.add(SubjectAccessField.of("Network", item.network()));
			fields.add(SubjectAccessField.of("Meeting", PackageText.dateTime(item.startsAt())));
			fields.addAll(byMeeting.get(meetingId));
			found.add(new SubjectAccessItem("network_meeting", meetingId.toString(),
					item.network() + ": meeting of " + PackageText.day(item.startsAt()), fields));
			read.add(AuditEntry.allowed(NetworkAudit.NETWORK_SUBJECT_ACCESS_READ, "network_meeting", meetingId,
					Basis.ROLE, subject.requestId().toString()));
		});
		for (var message : messages) {
			var fields = new ArrayList<SubjectAccessField>();
			fields.add(SubjectAccessField.of("Network", message.network()));
			fields.add(SubjectAccessField.of("Sent", PackageText.dateTime(message.sentAt())));
			passages(who, message.subject() + "\n" + message.body())
				.forEach(p -> fields.add(SubjectAccessField.of("What the message says of you", p)));
			found.add(new SubjectAccessItem("network_message", message.id().toString(),
					"A message to " + message.network() + ", " + PackageText.day(message.sentAt()), fields));
			read.add(AuditEntry.allowed(NetworkAudit.NETWORK_SUBJECT_ACCESS_READ, "network_message", message.id(),
					Basis.ROLE, subject.requestId().toString()));
		}
		audit.recordAll(read);
		return found.isEmpty() ? List.of() : List.of(new SubjectAccessSection("network", TITLE, found));
	}

	private List<SubjectAccessField> itemFields(Item item, boolean theirFamily, Identifiers who, List<Minute> minutes) {
		var fields = new ArrayList<SubjectAccessField>();
		if (theirFamily) {
			fields.add(SubjectAccessField.of("Agenda item " + item.position(),
					"Your family was raised by " + item.raisedBy() + " ("
							+ (("review".equals(item.kind())) ? "a review of the family's plan" : "a family raised")
							+ ")"));
			fields.add(SubjectAccessField.of("Why it was raised", hideOthers(who, item.summary())));
		}
		else {
			passages(who, ((item.title() != null) ? item.title() + "\n" : "") + item.summary()).forEach(p -> fields
				.add(SubjectAccessField.of("Agenda item " + item.position() + ": what it says of you", p)));
		}
		for (var minute : minutes) {
			var label = "Minutes, version " + minute.number() + ("draft".equals(minute.status()) ? " (draft)" : "")
					+ ", item " + item.position();
			if (theirFamily) {
				fields.add(SubjectAccessField.of(label, hideOthers(who, minute.text())));
			}
			else {
				passages(who, minute.text()).forEach(p -> fields.add(SubjectAccessField.of(label, p)));
			}
		}
		return fields;
	}

	private List<String> passages(Identifiers who, String text) {
		return who.passagesNaming(text).stream().map(p -> hideOthers(who, p)).toList();
	}

	/** The text with the full names of other people on record taken out. */
	private String hideOthers(Identifiers who, String text) {
		if (text == null || text.isBlank()) {
			return text;
		}
		Set<String> others = new LinkedHashSet<>(namesOnRecord.namesOnRecordIn(text));
		others.removeIf(who::isNamed);
		return who.withoutNames(text, others);
	}

	private static final String ITEMS = """
			select i.id, i.meeting_id, i.position, i.kind, i.family_id, i.title, i.summary, m.starts_at,
			       n.name as network, u.display_name as raised_by
			from network_agenda_item i
			join network_meeting m on m.id = i.meeting_id
			join network n on n.id = m.network_id
			left join identity_user u on u.id = i.raised_by
			""";

	private static final String MINUTES = """
			select mi.meeting_id, mi.number, mi.item_id, mi.text, ms.status
			from network_minute mi
			join network_minutes ms on ms.meeting_id = mi.meeting_id and ms.number = mi.number
			""";

	private Item item(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Item(rs.getObject("id", UUID.class), rs.getObject("meeting_id", UUID.class), rs.getInt("position"),
				rs.getString("kind"), rs.getObject("family_id", UUID.class), rs.getString("title"),
				rs.getString("summary"), rs.getTimestamp("starts_at").toInstant(), rs.getString("network"),
				rs.getString("raised_by"));
	}

	private Minute minute(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Minute(rs.getObject("meeting_id", UUID.class), rs.getInt("number"),
				rs.getObject("item_id", UUID.class), rs.getString("text"), rs.getString("status"));
	}

	private record Item(UUID id, UUID meetingId, int position, String kind, UUID familyId, String title, String summary,
			Instant startsAt, String network, String raisedBy) {
	}

	private record Minute(UUID meetingId, int number, UUID itemId, String text, String status) {

		String key() {
			return meetingId + "/" + number + "/" + itemId;
		}

	}

	private record Message(UUID id, String network, Instant sentAt, String subject, String body) {
	}

}
