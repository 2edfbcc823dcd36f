package org.familymatters.shared.input;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What an input rule made of a value: the value (null when nothing was given), or the
 * problem that stopped it.
 *
 * @param <T> what the value becomes
 * @param value the value, when there is no problem; null when nothing was given
 * @param problem what is wrong, or null
 * @param limit the limit a problem refers to (the longest length, the largest number), or
 * null
 */
public record Checked<T>(T value, InputProblem problem, Integer limit) {

	/** A value that passed. */
	public static <T> Checked<T> of(T value) {
		return new Checked<>(Objects.requireNonNull(value, "value"), null, null);
	}

	/**
	 * Nothing was given, and nothing is wrong with that (yet: the field may be required).
	 */
	public static <T> Checked<T> empty() {
		return new Checked<>(null, null, null);
	}

	public static <T> Checked<T> failed(InputProblem problem) {
		return new Checked<>(null, Objects.requireNonNull(problem, "problem"), null);
	}

	public static <T> Checked<T> failed(InputProblem problem, int limit) {
		return new Checked<>(null, Objects.requireNonNull(problem, "problem"), limit);
	}

	public boolean failed() {
		return problem != null;
	}

	public boolean isEmpty() {
		return problem == null && value == null;
	}

	/** The value, or nothing when it failed or was not given. */
	public Optional<T> toOptional() {
		return Optional.ofNullable(value);
	}

	/** Nothing given counts as a problem. */
	public Checked<T> required() {
		return isEmpty() ? failed(InputProblem.REQUIRED) : this;
	}

	/** A further rule applied to a value that passed so far. */
	public <U> Checked<U> then(Function<T, Checked<U>> rule) {
		if (problem != null) {
			return new Checked<>(null, problem, limit);
		}
		return (value != null) ? rule.apply(value) : empty();
	}

}
