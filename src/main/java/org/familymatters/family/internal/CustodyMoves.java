package org.familymatters.family.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.familymatters.consent.AccessDecision;
import org.familymatters.shared.StaleSave;
import org.familymatters.shared.security.CurrentUser;
import org.familymatters.shared.security.SignedInUser;
import org.familymatters.shared.web.NotFound;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The prisons a custody episode's person has been held in: the stays kept when an episode
 * is recorded or its prison corrected, and the moves between prisons. A move is recorded
 * by those who may change the family (the access decision answers, in the same
 * transaction, and its audit event records CUSTODY_MOVE_RECORDED); the rules are
 * {@link PrisonMoves}; a move made from a version of the episode someone else has since
 * replaced is refused with {@link StaleSave} and nothing is saved.
 */
@Service
public class CustodyMoves {

	private final Families families;

	private final AccessDecision access;

	private final JdbcClient jdbc;

	private final CurrentUser currentUser;

	private final Clock clock;

	CustodyMoves(Families families, AccessDecision access, JdbcClient jdbc, CurrentUser currentUser, Clock clock) {
		this.families = families;
		this.access = access;
		this.jdbc = jdbc;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	/**
	 * Moves the episode's person to another prison on a day, as of the episode's version
	 * the user saw: the current stay ends the day before, a new one begins, and the
	 * episode's prison becomes the new one.
	 */
	@Transactional
	public void move(UUID familyId, UUID episodeId, long version, UUID prisonId, LocalDate movedOn) {
		var subject = families.subject(familyId).orElseThrow(() -> new NotFound("family", familyId));
		var prisonName = jdbc.sql("select name from prison where id = :id and active")
			.param("id", prisonId)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new FamilyEditing.NotAllowedChange("Choose a prison on the list"));
		access.require(subject, FamilyAudit.CUSTODY_MOVE_RECORDED, true,
				"custody episode " + episodeId + ": moved to " + prisonName + " on " + movedOn);
		var episode = families.custody(familyId)
			.stream()
			.filter(c -> c.id().equals(episodeId))
			.findFirst()
			.orElseThrow(() -> new NotFound("custody episode", episodeId));
		if (episode.version() != version) {
			throw new StaleSave("custody episode", episodeId);
		}
		var problems = PrisonMoves.check(episode, prisonId, movedOn, LocalDate.now(clock));
		if (!problems.isEmpty()) {
			throw new FamilyEditing.NotAllowedChange("The move breaks a rule: " + problems.get(0).problem());
		}
		int changed = jdbc.sql("""
				update custody_episode set prison_id = :prison, version = version + 1
				where id = :id and version = :version
				""").param("prison", prisonId).param("id", episodeId).param("version", version).update();
		if (changed == 0) {
			throw new StaleSave("custody episode", episodeId);
		}
		if (!hasStays(episodeId) && episode.prisonId() != null) {
			// Stays were not kept when the episode was recorded: its prison so far is the
			// first.
			insertStay(episodeId, episode.prisonId(), PrisonMoves.began(episode), movedOn.minusDays(1));
		}
		else {
			jdbc.sql("update custody_move set to_on = :to where episode_id = :id and to_on is null")
				.param("to", movedOn.minusDays(1))
				.param("id", episodeId)
				.update();
		}
		insertStay(episodeId, prisonId, movedOn, null);
		families.touch(familyId);
	}

	/**
	 * Keeps the stays in step with the episode's own form, which records or corrects the
	 * prison: an episode never moved has one stay, in its prison from the day it began;
	 * for one that was moved, the current stay's prison is corrected. Called in the
	 * transaction that saves the episode, after the access decision allowed it.
	 */
	void episodeSaved(UUID episodeId, UUID prisonId, LocalDate began) {
		if (prisonId == null) {
			return;
		}
		long stays = jdbc.sql("select count(*) from custody_move where episode_id = :id")
			.param("id", episodeId)
			.query(Long.class)
			.single();
		if (stays == 0) {
			insertStay(episodeId, prisonId, began, null);
		}
		else if (stays == 1) {
			jdbc.sql("update custody_move set prison_id = :prison, from_on = :from where episode_id = :id")
				.param("prison", prisonId)
				.param("from", began)
				.param("id", episodeId)
				.update();
		}
		else {
			jdbc.sql("update custody_move set prison_id = :prison where episode_id = :id and to_on is null")
				.param("prison", prisonId)
				.param("id", episodeId)
				.update();
		}
	}

	private boolean hasStays(UUID episodeId) {
		return jdbc.sql("select exists (select 1 from custody_move where episode_id = :id)")
			.param("id", episodeId)
			.query(Boolean.class)
			.single();
	}

	private void insertStay(UUID episodeId, UUID prisonId, LocalDate from, LocalDate to) {
		jdbc.sql("""
				insert into custody_move (id, episode_id, prison_id, from_on, to_on, recorded_by, recorded_at)
				values (:id, :episode, :prison, :from, :to, :by, :at)
				""")
			.param("id", UUID.randomUUID())
			.param("episode", episodeId)
			.param("prison", prisonId)
			.param("from", from)
			.param("to", to)
			.param("by", currentUser.find().map(SignedInUser::id).orElse(null))
			.param("at", Timestamp.from(clock.instant()))
			.update();
	}

}
