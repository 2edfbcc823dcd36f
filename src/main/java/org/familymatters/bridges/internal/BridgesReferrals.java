package org.familymatters.bridges.internal;

import java.io.Serial;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.familymatters.family.CustodyEpisode;
import org.familymatters.family.FamilyRecords;
import org.familymatters.family.FamilyView;
import org.familymatters.family.Person;
import org.familymatters.shared.StaleSave;
import org.familymatters.shared.security.CurrentUser;
import org.familymatters.shared.web.NotFound;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * BridgesReferrals to Building Bridges, for the support workers who may change the family
 * (its locality's, its key worker): who in the family may be referred
 * ({@link Eligibility}), the referral, what the family says, the family home's decision
 * (agreed only after an approved safeguarding check: {@link CheckRule}), the referral to
 * the council when the home is not suitable, release day, and the outcomes after it.
 * Every read and change goes through the family module's access-decided reads
 * ({@link FamilyRecords}) and is audited on the family with its basis; a stale form is
 * refused ({@link StaleSave}).
 */
@Service
@PreAuthorize("hasRole('SUPPORT_WORKER')")
public class BridgesReferrals {

	static final String SELECT = """
			select r.*, u.display_name as referred_by_name, h.display_name as home_decided_by_name
			from bridges_referral r
			left join identity_user u on u.id = r.referred_by
			left join identity_user h on h.id = r.home_decided_by
			""";

	private final JdbcClient jdbc;

	private final FamilyRecords records;

	private final Pilots pilots;

	private final CurrentUser currentUser;

	private final Clock clock;

	BridgesReferrals(JdbcClient jdbc, FamilyRecords records, Pilots pilots, CurrentUser currentUser, Clock clock) {
		this.jdbc = jdbc;
		this.records = records;
		this.pilots = pilots;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	/**
	 * The family's referrals and each custody episode with whether it may be referred
	 * (and why not); refused (403) and audited for someone who may not change the family.
	 */
	@Transactional
	public ForFamily forFamily(UUID familyId) {
		var view = records.view(familyId, BridgesAudit.BRIDGES_FAMILY_VIEWED, true);
		var county = county(view.family().localityId());
		var inForce = pilots.inForce();
		var referrals = ofFamily(familyId);
		var referred = referrals.stream().map(Referral::episodeId).toList();
		var episodes = view.custody()
			.stream()
			.map(c -> new Episode(c, name(view, c.personId()),
					Eligibility
						.whyNot(new Eligibility.Episode(c.prisonId(), c.expectedReleaseOn(), c.releasedOn()), county,
								inForce, referred.contains(c.id()))
						.orElse(null)))
			.toList();
		return new ForFamily(familyId, view.family().reference(), county, episodes, referrals);
	}

	/**
	 * Refers a custody episode of the family to the pilot; refused (403) and audited for
	 * someone who may not change the family, not found (404) for an episode of another
	 * family, and refused with the reason ({@link NotReferable}) when the rule does not
	 * allow it, nothing saved.
	 */
	@Transactional
	public UUID refer(UUID familyId, UUID episodeId) {
		var view = records.view(familyId, BridgesAudit.BRIDGES_REFERRED, true, "custody episode " + episodeId);
		var episode = view.custody()
			.stream()
			.filter(c -> c.id().equals(episodeId))
			.findFirst()
			.orElseThrow(() -> new NotFound("custody episode", episodeId));
		var county = county(view.family().localityId());
		var inForce = pilots.inForce();
		var facts = new Eligibility.Episode(episode.prisonId(), episode.expectedReleaseOn(), episode.releasedOn());
		boolean referred = jdbc.sql("select count(*) from bridges_referral where custody_episode_id = :episode")
			.param("episode", episodeId)
			.query(Long.class)
			.single() > 0;
		var why = Eligibility.whyNot(facts, county, inForce, referred);
		if (why.isPresent()) {
			throw new NotReferable(why.get());
		}
		var pilot = Eligibility.pilot(facts, county, inForce).orElseThrow();
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into bridges_referral (id, family_id, custody_episode_id, person_id, pilot_id, referred_by,
				                              referred_at, referred_on)
				values (:id, :family, :episode, :person, :pilot, :by, :at, :on)
				""")
			.param("id", id)
			.param("family", familyId)
			.param("episode", episodeId)
			.param("person", episode.personId())
			.param("pilot", pilot.id())
			.param("by", currentUser.get().id())
			.param("at", Timestamp.from(clock.instant()))
			.param("on", LocalDate.now(clock))
			.update();
		return id;
	}

	/**
	 * A referral as its page shows it: the family's reference, the person referred and
	 * their custody episode, the household from the family's record (names, places in the
	 * family, ages), the safeguarding check, the council, release and the follow-ups.
	 * Refused (403) and audited for someone who may not change the family; not found
	 * (404) for no such referral.
	 */
	@Transactional
	public Page page(UUID id) {
		var referral = find(id);
		var view = records.view(referral.familyId(), BridgesAudit.BRIDGES_REFERRAL_VIEWED, true,
				"Building Bridges referral " + referral.reference());
		return page(referral, view);
	}

	/**
	 * The referral for a form that changes it, audited as a change of the family (with
	 * {@code what} as its note); refused (403) and audited for someone who may not change
	 * the family.
	 */
	@Transactional
	public Page forChange(UUID id, String what) {
		var referral = find(id);
		var view = records.view(referral.familyId(), BridgesAudit.BRIDGES_REFERRAL_CHANGED, true,
				"Building Bridges referral " + referral.reference() + ": " + what);
		return page(referral, view);
	}

	/** What the family says about having the person home. */
	@Transactional
	public void answer(UUID id, long version, FamilyAnswer answer, String says) {
		forChange(id, "what the family says");
		var params = new HashMap<String, Object>();
		params.put("answer", answer.code());
		params.put("says", says);
		update(id, version, "family_answer = :answer, family_says = :says", params);
	}

	/**
	 * The family home's decision: agreed only after a lead approved the safeguarding
	 * check and the family said yes ({@link CheckRule#whyNotAgreed}); refused with why
	 * ({@link HomeNotAgreed}) otherwise, nothing saved.
	 */
	@Transactional
	public void decideHome(UUID id, long version, HomeDecision decision, String reason) {
		var page = forChange(id, "the family home: " + decision.code());
		if (decision == HomeDecision.AGREED) {
			var check = page.check();
			var why = CheckRule.whyNotAgreed(page.referral().familyAnswer(), check.isPresent(),
					check.map(Check::decision).orElse(null));
			if (why.isPresent()) {
				throw new HomeNotAgreed(why.get());
			}
		}
		update(id, version,
				"home_decision = :decision, home_reason = :reason, home_decided_by = :by, home_decided_on = :on",
				Map.of("decision", decision.code(), "reason", reason, "by", currentUser.get().id(), "on",
						LocalDate.now(clock)));
	}

	/**
	 * The referral to the council (the duty to refer), with its answer once known; only
	 * when the family home is not suitable.
	 */
	@Transactional
	public void housing(UUID id, long version, Housing housing) {
		var page = forChange(id, "the referral to the council");
		if (page.referral().home() != HomeDecision.NOT_SUITABLE) {
			throw new IllegalStateException("The council is referred to only when the family home is not suitable");
		}
		update(id, version, "", Map.of());
		jdbc.sql("""
				insert into bridges_housing_referral (referral_id, council, referred_on, answer, answered_on)
				values (:id, :council, :referred, :answer, :answered)
				on conflict (referral_id) do update set council = excluded.council, referred_on = excluded.referred_on,
				    answer = excluded.answer, answered_on = excluded.answered_on
				""")
			.param("id", id)
			.param("council", housing.council())
			.param("referred", housing.referredOn())
			.param("answer", housing.answer())
			.param("answered", housing.answeredOn())
			.update();
	}

	/**
	 * Release day: where they live and the day, which is not before the sentence date
	 * (nor the remand date) and not in the future ({@link ReleaseRule}).
	 */
	@Transactional
	public void release(UUID id, long version, Accommodation accommodation, LocalDate releasedOn) {
		var page = forChange(id, "release day");
		var episode = page.episode();
		if (ReleaseRule
			.release(releasedOn, (episode != null) ? episode.sentencedOn() : null,
					(episode != null) ? episode.remandedOn() : null, LocalDate.now(clock))
			.isPresent()) {
			throw new IllegalArgumentException("A release date is neither before the sentence nor in the future");
		}
		update(id, version, "accommodation = :accommodation, released_on = :released",
				Map.of("accommodation", accommodation.code(), "released", releasedOn));
		// The family's record learns it too: the person is no longer in custody.
		records.released(page.referral().familyId(), page.referral().episodeId(), releasedOn);
	}

	/**
	 * The outcome at a follow-up, dated not before release and not in the future
	 * ({@link ReleaseRule#followUp}); recorded again, it replaces what was recorded.
	 */
	@Transactional
	public void followUp(UUID id, long version, FollowUpPoint point, FollowUpOutcome outcome, LocalDate knownOn) {
		var page = forChange(id, "the " + point.adjective() + " outcome");
		if (ReleaseRule.followUp(knownOn, page.referral().releasedOn(), LocalDate.now(clock)).isPresent()) {
			throw new IllegalArgumentException("A follow-up is dated after release and not in the future");
		}
		update(id, version, "", Map.of());
		jdbc.sql("""
				insert into bridges_follow_up (referral_id, point, outcome, known_on, recorded_by, recorded_at)
				values (:id, :point, :outcome, :known, :by, :at)
				on conflict (referral_id, point) do update set outcome = excluded.outcome, known_on = excluded.known_on,
				    recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at
				""")
			.param("id", id)
			.param("point", point.code())
			.param("outcome", outcome.code())
			.param("known", knownOn)
			.param("by", currentUser.get().id())
			.param("at", Timestamp.from(clock.instant()))
			.update();
	}

	/** A referral by its id; not found (404) when there is none. */
	@Transactional(readOnly = true)
	public Referral find(UUID id) {
		return jdbc.sql(SELECT + " where r.id = :id")
			.param("id", id)
			.query(BridgesReferrals::referral)
			.optional()
			.orElseThrow(() -> new NotFound("Building Bridges referral", id));
	}

	/** The family's referrals, newest first. */
	List<Referral> ofFamily(UUID familyId) {
		return jdbc.sql(SELECT + " where r.family_id = :family order by r.referred_at desc")
			.param("family", familyId)
			.query(BridgesReferrals::referral)
			.list();
	}

	private Page page(Referral referral, FamilyView view) {
		var today = LocalDate.now(clock);
		var episode = view.custody().stream().filter(c -> c.id().equals(referral.episodeId())).findFirst();
		var household = view.people().stream().map(p -> new Member(p.fullName(), place(p), age(p, today))).toList();
		var check = jdbc.sql(SafeguardingChecks.SELECT + " where c.referral_id = :id")
			.param("id", referral.id())
			.query(SafeguardingChecks::check)
			.optional();
		var housing = jdbc.sql(
				"select council, referred_on, answer, answered_on from bridges_housing_referral where referral_id = :id")
			.param("id", referral.id())
			.query((rs, n) -> new Housing(rs.getString("council"), rs.getObject("referred_on", LocalDate.class),
					rs.getString("answer"), rs.getObject("answered_on", LocalDate.class)))
			.optional();
		var recorded = new EnumMap<FollowUpPoint, FollowUp>(FollowUpPoint.class);
		jdbc.sql("select point, outcome, known_on from bridges_follow_up where referral_id = :id")
			.param("id", referral.id())
			.query((RowCallbackHandler) rs -> {
				var point = FollowUpPoint.find(rs.getString("point")).orElseThrow();
				recorded.put(point, new FollowUp(point, FollowUpOutcome.of(rs.getString("outcome")),
						rs.getObject("known_on", LocalDate.class)));
			});
		var due = FollowUpPoint.due(referral.releasedOn(), recorded.keySet(), today);
		var followUps = new ArrayList<FollowUpRow>();
		for (var point : FollowUpPoint.values()) {
			var dueOn = (referral.releasedOn() != null) ? point.dueOn(referral.releasedOn()) : null;
			followUps.add(new FollowUpRow(point, dueOn, recorded.get(point), due.contains(point)));
		}
		return new Page(referral, view.family().reference(), name(view, referral.personId()), episode.orElse(null),
				household, check, housing.orElse(null), followUps, today);
	}

	/**
	 * Changes the referral at the version the form showed, with {@code set} and its
	 * parameters; refused as stale ({@link StaleSave}) when someone changed it since.
	 */
	private void update(UUID id, long version, String set, Map<String, Object> params) {
		int changed = jdbc
			.sql("update bridges_referral set " + (set.isEmpty() ? "" : set + ", ")
					+ "version = version + 1 where id = :id and version = :version")
			.params(params)
			.param("id", id)
			.param("version", version)
			.update();
		if (changed == 0) {
			throw new StaleSave("bridges_referral", id);
		}
	}

	/** The county of a locality; null when it is not on record. */
	String county(UUID localityId) {
		return jdbc.sql("select county from identity_locality where id = :id")
			.param("id", localityId)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	private static String name(FamilyView view, UUID personId) {
		return view.people()
			.stream()
			.filter(p -> p.id().equals(personId))
			.map(Person::fullName)
			.findFirst()
			.orElse("Someone no longer on the family's record");
	}

	static String place(Person person) {
		return person.role().label() + ((person.relationship() != null) ? " (" + person.relationship() + ")" : "");
	}

	static String age(Person person, LocalDate today) {
		if (person.dateOfBirth() == null) {
			return "age not on record";
		}
		int years = Period.between(person.dateOfBirth(), today).getYears();
		return (years == 1) ? "1 year old" : years + " years old";
	}

	static Referral referral(ResultSet rs, int row) throws SQLException {
		return new Referral(rs.getObject("id", UUID.class), rs.getString("reference"),
				rs.getObject("family_id", UUID.class), rs.getObject("custody_episode_id", UUID.class),
				rs.getObject("person_id", UUID.class), rs.getObject("referred_by", UUID.class),
				rs.getString("referred_by_name"), rs.getObject("referred_on", LocalDate.class),
				FamilyAnswer.of(rs.getString("family_answer")), rs.getString("family_says"),
				HomeDecision.of(rs.getString("home_decision")), rs.getString("home_reason"),
				rs.getString("home_decided_by_name"), rs.getObject("home_decided_on", LocalDate.class),
				Accommodation.of(rs.getString("accommodation")), rs.getObject("released_on", LocalDate.class),
				rs.getLong("version"));
	}

	/**
	 * A referral to the pilot.
	 *
	 * @param familyAnswer what the family says to having them home; null until asked
	 * @param home the family home's decision; null until made
	 * @param accommodation where they lived on release; null before release
	 */
	public record Referral(UUID id, String reference, UUID familyId, UUID episodeId, UUID personId, UUID referredBy,
			String referredByName, LocalDate referredOn, FamilyAnswer familyAnswer, String familySays,
			HomeDecision home, String homeReason, String homeDecidedByName, LocalDate homeDecidedOn,
			Accommodation accommodation, LocalDate releasedOn, long version) {
	}

	/**
	 * A family's referrals and its custody episodes.
	 *
	 * @param county the county of the family's locality
	 */
	public record ForFamily(UUID familyId, String reference, String county, List<Episode> episodes,
			List<Referral> referrals) {
	}

	/**
	 * A custody episode, who it is of, and why it may not be referred (null when it may).
	 */
	public record Episode(CustodyEpisode episode, String personName, Eligibility.Reason whyNot) {
	}

	/** One of the household, from the family's record. */
	public record Member(String name, String place, String age) {
	}

	/** The referral to the council. */
	public record Housing(String council, LocalDate referredOn, String answer, LocalDate answeredOn) {
	}

	/** An outcome recorded at a follow-up. */
	public record FollowUp(FollowUpPoint point, FollowUpOutcome outcome, LocalDate knownOn) {
	}

	/**
	 * A follow-up as the referral's page shows it.
	 *
	 * @param dueOn the day it falls due; null before release
	 * @param recorded its outcome; null until recorded
	 * @param due whether it is due now and not recorded
	 */
	public record FollowUpRow(FollowUpPoint point, LocalDate dueOn, FollowUp recorded, boolean due) {
	}

	/**
	 * A referral as its page shows it.
	 *
	 * @param episode the custody episode referred; null when it is no longer on the
	 * family's record
	 * @param check the safeguarding check, once asked for
	 * @param housing the referral to the council; null when none
	 */
	public record Page(Referral referral, String familyReference, String personName, CustodyEpisode episode,
			List<Member> household, Optional<Check> check, Housing housing, List<FollowUpRow> followUps,
			LocalDate today) {

		/** Whether the family home may be agreed now. */
		public Optional<CheckRule.NotYet> whyNotAgreed() {
			return CheckRule.whyNotAgreed(referral.familyAnswer(), check.isPresent(),
					check.map(Check::decision).orElse(null));
		}

	}

	/** A custody episode that may not be referred, and why. */
	public static class NotReferable extends RuntimeException {

		@Serial
		private static final long serialVersionUID = 1L;

		private final Eligibility.Reason reason;

		public NotReferable(Eligibility.Reason reason) {
			super(reason.label());
			this.reason = reason;
		}

		public Eligibility.Reason reason() {
			return reason;
		}

	}

	/** A family home that may not be agreed yet, and why. */
	public static class HomeNotAgreed extends RuntimeException {

		@Serial
		private static final long serialVersionUID = 1L;

		private final CheckRule.NotYet reason;

		public HomeNotAgreed(CheckRule.NotYet reason) {
			super(reason.name());
			this.reason = reason;
		}

		public CheckRule.NotYet reason() {
			return reason;
		}

	}

}
