package org.familymatters.family.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.familymatters.consent.AccessSubject;
import org.familymatters.family.CustodyEpisode;
import org.familymatters.family.Family;
import org.familymatters.family.FamilyRecords;
import org.familymatters.family.FamilyRole;
import org.familymatters.family.FromReferral;
import org.familymatters.family.JourneyStage;
import org.familymatters.family.NewFamily;
import org.familymatters.family.NewPerson;
import org.familymatters.family.Person;
import org.familymatters.family.TimelineEntry;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes family records. It decides nothing about access: {@link FamilyRecords}
 * and {@link FamilyEditing} ask the access decision before anything here is shown or
 * changed; no other module may use it.
 */
@Repository
public class Families {

	private final JdbcClient jdbc;

	private final Clock clock;

	Families(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** What the access decision needs to know about a family. */
	public Optional<AccessSubject> subject(UUID familyId) {
		var family = jdbc.sql("select locality_id, key_worker_id from family where id = :id")
			.param("id", familyId)
			.query((rs,
					n) -> new UUID[] { rs.getObject("locality_id", UUID.class),
							rs.getObject("key_worker_id", UUID.class) })
			.optional();
		if (family.isEmpty()) {
			return Optional.empty();
		}
		var pupils = new HashMap<UUID, UUID>();
		jdbc.sql("""
				select id, school_id from person
				where family_id = :id and role = 'child' and school_id is not null and merged_into is null
				""")
			.param("id", familyId)
			.query((RowCallbackHandler) rs -> pupils.put(rs.getObject("id", UUID.class),
					rs.getObject("school_id", UUID.class)));
		return Optional.of(new AccessSubject(familyId, family.get()[0], family.get()[1], pupils));
	}

	/**
	 * What the access decision needs to know about many families, read at once; families
	 * merged into another, or not on record, are left out.
	 */
	public Map<UUID, AccessSubject> subjects(Collection<UUID> familyIds) {
		var subjects = new LinkedHashMap<UUID, AccessSubject>();
		if (familyIds.isEmpty()) {
			return subjects;
		}
		var ids = List.copyOf(familyIds);
		var pupils = new HashMap<UUID, Map<UUID, UUID>>();
		jdbc.sql("""
				select family_id, id, school_id from person
				where family_id in (:ids) and role = 'child' and school_id is not null and merged_into is null
				""")
			.param("ids", ids)
			.query((RowCallbackHandler) rs -> pupils
				.computeIfAbsent(rs.getObject("family_id", UUID.class), k -> new HashMap<>())
				.put(rs.getObject("id", UUID.class), rs.getObject("school_id", UUID.class)));
		jdbc.sql("select id, locality_id, key_worker_id from family where id in (:ids) and merged_into is null")
			.param("ids", ids)
			.query((RowCallbackHandler) rs -> {
				var id = rs.getObject("id", UUID.class);
				subjects.put(id, new AccessSubject(id, rs.getObject("locality_id", UUID.class),
						rs.getObject("key_worker_id", UUID.class), pupils.getOrDefault(id, Map.of())));
			});
		return subjects;
	}

	/** The references of families, by their ids. */
	public Map<UUID, String> references(Collection<UUID> familyIds) {
		var references = new HashMap<UUID, String>();
		if (!familyIds.isEmpty()) {
			jdbc.sql("select id, reference from family where id in (:ids)")
				.param("ids", List.copyOf(familyIds))
				.query((RowCallbackHandler) rs -> references.put(rs.getObject("id", UUID.class),
						rs.getString("reference")));
		}
		return references;
	}

	/** The people of many families, by family, in each family's order. */
	public Map<UUID, List<Person>> peopleOf(Collection<UUID> familyIds) {
		var people = new LinkedHashMap<UUID, List<Person>>();
		if (familyIds.isEmpty()) {
			return people;
		}
		jdbc.sql("""
				select * from person where family_id in (:ids) and merged_into is null
				order by family_id,
				         array_position(array['in_custody','partner','parent_or_carer','child','other_relative'], role),
				         date_of_birth nulls last, given_name
				""")
			.param("ids", List.copyOf(familyIds))
			.query((RowCallbackHandler) rs -> people
				.computeIfAbsent(rs.getObject("family_id", UUID.class), k -> new ArrayList<>())
				.add(person(rs)));
		return people;
	}

	public Optional<Instant> createdAt(UUID id) {
		return jdbc.sql("select created_at from family where id = :id")
			.param("id", id)
			.query((rs, n) -> rs.getTimestamp("created_at").toInstant())
			.optional();
	}

	public Optional<Family> find(UUID id) {
		return jdbc.sql("""
				select f.*, l.name as locality_name, u.display_name as key_worker_name
				from family f join identity_locality l on l.id = f.locality_id
				left join identity_user u on u.id = f.key_worker_id
				where f.id = :id
				""").param("id", id).query((rs, n) -> family(rs)).optional();
	}

	public List<Person> people(UUID familyId) {
		return jdbc.sql("""
				select * from person where family_id = :id and merged_into is null
				order by array_position(array['in_custody','partner','parent_or_carer','child','other_relative'], role),
				         date_of_birth nulls last, given_name
				""").param("id", familyId).query((rs, n) -> person(rs)).list();
	}

	/**
	 * The custody episodes of the family's people, each with the prisons its person has
	 * been held in. An episode whose stays were never recorded (written before they were
	 * kept) has one: its prison, from its remand or sentence date.
	 */
	public List<CustodyEpisode> custody(UUID familyId) {
		var episodes = jdbc.sql("""
				select c.*, p.name as prison_name, p.organisation_id as prison_organisation_id from custody_episode c
				join person m on m.id = c.person_id
				left join prison p on p.id = c.prison_id
				where m.family_id = :id order by c.sentenced_on desc nulls first, c.remanded_on desc nulls last
				""")
			.param("id", familyId)
			.query((rs, n) -> new CustodyEpisode(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
					rs.getObject("prison_id", UUID.class), rs.getString("prison_name"), rs.getString("prison_number"),
					date(rs, "remanded_on"), date(rs, "sentenced_on"), rs.getString("sentence"),
					date(rs, "expected_release_on"), date(rs, "released_on"), rs.getLong("version"),
					rs.getObject("prison_organisation_id", UUID.class), List.of()))
			.list();
		if (episodes.isEmpty()) {
			return episodes;
		}
		var stays = new HashMap<UUID, List<CustodyEpisode.Stay>>();
		jdbc.sql("""
				select s.episode_id, s.prison_id, p.name, s.from_on, s.to_on from custody_move s
				join prison p on p.id = s.prison_id
				where s.episode_id in (:ids) order by s.episode_id, s.to_on nulls last, s.from_on nulls first
				""")
			.param("ids", episodes.stream().map(CustodyEpisode::id).toList())
			.query((RowCallbackHandler) rs -> stays
				.computeIfAbsent(rs.getObject("episode_id", UUID.class), k -> new ArrayList<>())
				.add(new CustodyEpisode.Stay(rs.getObject("prison_id", UUID.class), rs.getString("name"),
						date(rs, "from_on"), date(rs, "to_on"))));
		return episodes.stream().map(c -> withStays(c, stays.get(c.id()))).toList();
	}

	private static CustodyEpisode withStays(CustodyEpisode c, List<CustodyEpisode.Stay> stays) {
		if (stays == null || stays.isEmpty()) {
			stays = (c.prisonId() == null) ? List.of() : List.of(new CustodyEpisode.Stay(c.prisonId(), c.prisonName(),
					(c.remandedOn() != null) ? c.remandedOn() : c.sentencedOn(), null));
		}
		return new CustodyEpisode(c.id(), c.personId(), c.prisonId(), c.prisonName(), c.prisonNumber(), c.remandedOn(),
				c.sentencedOn(), c.sentence(), c.expectedReleaseOn(), c.releasedOn(), c.version(),
				c.prisonOrganisationId(), stays);
	}

	public List<TimelineEntry> timeline(UUID familyId) {
		var people = new HashMap<UUID, List<UUID>>();
		jdbc.sql(
				"""
						select tp.entry_id, tp.person_id from timeline_entry_person tp
						join timeline_entry t on t.id = tp.entry_id
						join person p on p.id = tp.person_id
						where t.family_id = :id
						order by array_position(array['in_custody','partner','parent_or_carer','child','other_relative'], p.role),
						         p.date_of_birth nulls last, p.given_name
						""")
			.param("id", familyId)
			.query((RowCallbackHandler) rs -> people
				.computeIfAbsent(rs.getObject("entry_id", UUID.class), k -> new ArrayList<>())
				.add(rs.getObject("person_id", UUID.class)));
		return jdbc.sql("""
				select t.*, u.display_name as author_name, pr.name as prison_name, pp.name as programme_name
				from timeline_entry t
				left join identity_user u on u.id = t.author_id
				left join prison pr on pr.id = t.prison_id
				left join parenting_programme pp on pp.id = t.programme_id
				where t.family_id = :id order by t.occurred_at desc, t.created_at desc
				""").param("id", familyId).query((rs, n) -> {
			var id = rs.getObject("id", UUID.class);
			return new TimelineEntry(id, rs.getString("kind"), rs.getBoolean("about_children"),
					rs.getTimestamp("occurred_at").toInstant(), rs.getString("summary"), rs.getString("author_name"),
					rs.getBoolean("family_tie"), people.getOrDefault(id, List.of()), rs.getString("prison_name"),
					rs.getString("programme_name"), rs.getString("setting"), rs.getString("place"));
		}).list();
	}

	/** A new family in a locality; returns its id. */
	public UUID create(UUID localityId, String status, UUID keyWorkerId) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into family (id, locality_id, status, key_worker_id, created_at, updated_at)
				values (:id, :locality, :status, :kw, :now, :now)
				""")
			.param("id", id)
			.param("now", now())
			.param("locality", localityId)
			.param("status", status)
			.param("kw", keyWorkerId)
			.update();
		return id;
	}

	/**
	 * A new active family with its household, linked to the referral it comes from (if
	 * any); returns its id.
	 */
	public UUID create(NewFamily family) {
		var id = create(family.localityId(), "active", family.keyWorkerId());
		var household = family.household();
		var referral = family.referral();
		jdbc.sql("""
				update family set address_line_1 = :line1, address_line_2 = :line2, town = :town, postcode = :postcode,
				       best_time_to_call = :bestTime, referral_id = :referral, referral_reference = :reference
				where id = :id
				""")
			.param("line1", household.addressLine1())
			.param("line2", household.addressLine2())
			.param("town", household.town())
			.param("postcode", household.postcode())
			.param("bestTime", household.bestTimeToCall())
			.param("referral", (referral != null) ? referral.id() : null)
			.param("reference", (referral != null) ? referral.reference() : null)
			.param("id", id)
			.update();
		return id;
	}

	/**
	 * The story of the referral a family, or people in it, came from, as a note on its
	 * timeline dated when the referral arrived, by {@code authorId} (who accepted it).
	 */
	public UUID addReferralNote(UUID familyId, FromReferral referral, UUID authorId) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into timeline_entry (id, family_id, kind, about_children, occurred_at, summary, author_id,
				                            created_at)
				values (:id, :family, 'note', false, :at, :summary, :author, :now)
				""")
			.param("id", id)
			.param("family", familyId)
			.param("at", Timestamp.from(referral.receivedAt()))
			.param("summary", referral.story())
			.param("author", authorId)
			.param("now", now())
			.update();
		touch(familyId);
		return id;
	}

	/** Adds a person to a family; returns their id. */
	public UUID addPerson(UUID familyId, NewPerson p) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into person (id, family_id, given_name, family_name, other_names, date_of_birth, phone, email,
				                    relationship, role, school_id, school_year, created_at)
				values (:id, :family, :given, :familyName, :other, :dob, :phone, :email, :relationship, :role, :school,
				        :year, :now)
				""")
			.param("id", id)
			.param("family", familyId)
			.param("given", p.givenName())
			.param("familyName", p.familyName())
			.param("other", p.otherNames())
			.param("dob", p.dateOfBirth())
			.param("phone", p.phone())
			.param("email", p.email())
			.param("relationship", p.relationship())
			.param("role", p.role().code())
			.param("school", p.schoolId())
			.param("year", p.schoolYear())
			.param("now", now())
			.update();
		touch(familyId);
		return id;
	}

	/** Marks the family as changed now. */
	public void touch(UUID familyId) {
		jdbc.sql("update family set updated_at = :now where id = :id")
			.param("now", now())
			.param("id", familyId)
			.update();
	}

	/** Now, as the database keeps it. */
	Timestamp now() {
		return Timestamp.from(clock.instant());
	}

	private static Family family(ResultSet rs) throws SQLException {
		return new Family(rs.getObject("id", UUID.class), rs.getString("reference"),
				rs.getObject("locality_id", UUID.class), rs.getString("locality_name"), rs.getString("status"),
				rs.getString("closed_reason"), JourneyStage.ofCode(rs.getString("journey_stage")),
				rs.getObject("key_worker_id", UUID.class), rs.getString("key_worker_name"),
				rs.getString("address_line_1"), rs.getString("address_line_2"), rs.getString("town"),
				rs.getString("postcode"), rs.getTimestamp("updated_at").toInstant(), rs.getLong("version"),
				rs.getString("best_time_to_call"), rs.getObject("referral_id", UUID.class),
				rs.getString("referral_reference"));
	}

	private static Person person(ResultSet rs) throws SQLException {
		return new Person(rs.getObject("id", UUID.class), rs.getObject("family_id", UUID.class),
				rs.getString("given_name"), rs.getString("family_name"), rs.getString("other_names"),
				date(rs, "date_of_birth"), rs.getString("phone"), rs.getString("email"), rs.getString("relationship"),
				FamilyRole.ofCode(rs.getString("role")), rs.getObject("school_id", UUID.class),
				rs.getString("school_year"), rs.getLong("version"));
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		var date = rs.getDate(column);
		return (date != null) ? date.toLocalDate() : null;
	}

}
