package org.familymatters.family.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.familymatters.family.CustodyEpisode;

/**
 * The rules for recording a move of a person in custody from one prison to another (pure:
 * a unit test drives it). A move is always the latest stay: it starts on the day of the
 * move and closes the stay before it on the day before, so stays never overlap. Refused,
 * by the field at fault:
 * <ul>
 * <li>a move in the future ({@code movedOn.future});</li>
 * <li>a move before the episode began, its remand or else its sentence date
 * ({@code movedOn.beforeCustody});</li>
 * <li>a move after the person was released ({@code movedOn.afterRelease});</li>
 * <li>a move on or before the day the current stay began, which would overlap it
 * ({@code movedOn.overlaps});</li>
 * <li>a move to the prison the person is already in ({@code prisonId.samePrison}).</li>
 * </ul>
 */
public final class PrisonMoves {

	private PrisonMoves() {
	}

	/**
	 * The problems with moving the episode's person to {@code prisonId} on a day: none,
	 * or one for each field at fault.
	 */
	public static List<Refusal> check(CustodyEpisode episode, UUID prisonId, LocalDate movedOn, LocalDate today) {
		var problems = new ArrayList<Refusal>();
		var stays = episode.stays();
		var current = stays.isEmpty() ? null : stays.get(stays.size() - 1);
		if (current != null && current.prisonId().equals(prisonId)) {
			problems.add(new Refusal("prisonId", "samePrison", current.prisonName()));
		}
		dateProblem(episode, movedOn, today).ifPresent(problems::add);
		return List.copyOf(problems);
	}

	private static Optional<Refusal> dateProblem(CustodyEpisode episode, LocalDate movedOn, LocalDate today) {
		if (movedOn.isAfter(today)) {
			return Optional.of(new Refusal("movedOn", "future", null));
		}
		var began = began(episode);
		if (began != null && movedOn.isBefore(began)) {
			return Optional.of(new Refusal("movedOn", "beforeCustody", began));
		}
		if (episode.releasedOn() != null && movedOn.isAfter(episode.releasedOn())) {
			return Optional.of(new Refusal("movedOn", "afterRelease", episode.releasedOn()));
		}
		return episode.stays()
			.stream()
			.filter(s -> s.from() != null && !movedOn.isAfter(s.from()))
			.reduce((first, second) -> second)
			.map(s -> new Refusal("movedOn", "overlaps", s.from()));
	}

	/**
	 * The day the episode began: its remand date, else its sentence date; null if
	 * neither.
	 */
	public static LocalDate began(CustodyEpisode episode) {
		return (episode.remandedOn() != null) ? episode.remandedOn() : episode.sentencedOn();
	}

	/**
	 * Why a move is refused.
	 *
	 * @param field the form's field at fault
	 * @param problem what is wrong, for the message {@code family.move.<field>.<problem>}
	 * @param about what the message names: a day, or the prison's name; null for nothing
	 */
	public record Refusal(String field, String problem, Object about) {
	}

}
