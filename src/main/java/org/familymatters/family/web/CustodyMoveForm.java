package org.familymatters.family.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.familymatters.family.CustodyEpisode;
import org.familymatters.family.internal.PrisonMoves;
import org.familymatters.shared.input.Input;
import org.familymatters.shared.web.DateParts;
import org.familymatters.shared.web.FormCheck;

import org.springframework.validation.BindingResult;

/**
 * What the form recording a move between prisons sends, as typed, and its check: a prison
 * on the list and a real date, then the rules of {@link PrisonMoves}, each problem on its
 * field.
 */
public class CustodyMoveForm {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private String prisonId;

	private DateParts movedOn = new DateParts();

	private Long version;

	/**
	 * The move, when the form names a prison of {@code prisons} and a day the rules allow
	 * for the episode; empty with each problem on its field otherwise.
	 */
	Optional<Move> check(CustodyEpisode episode, Set<UUID> prisons, LocalDate today, BindingResult result) {
		var check = FormCheck.of(result, "family.move");
		var prison = check.requiredChoice("prisonId", prisonId,
				text -> Input.identifier(text).toOptional().filter(prisons::contains));
		var day = check.requiredDate("movedOn", movedOn);
		if (version == null) {
			check.rejectForm("record.changedElsewhere");
		}
		if (prison != null && day != null) {
			for (var refusal : PrisonMoves.check(episode, prison, day, today)) {
				var about = (refusal.about() instanceof LocalDate date) ? DAY.format(date) : refusal.about();
				check.reject(refusal.field(), refusal.problem(), about);
			}
		}
		if (check.failed()) {
			return Optional.empty();
		}
		return Optional.of(new Move(prison, day, version));
	}

	public String getPrisonId() {
		return prisonId;
	}

	public void setPrisonId(String prisonId) {
		this.prisonId = prisonId;
	}

	public DateParts getMovedOn() {
		return movedOn;
	}

	public void setMovedOn(DateParts movedOn) {
		this.movedOn = movedOn;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	/** A move as checked: to a prison, on a day, from the episode's version seen. */
	record Move(UUID prisonId, LocalDate movedOn, long version) {
	}

}
