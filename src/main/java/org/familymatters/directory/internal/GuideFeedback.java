package org.familymatters.directory.internal;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers to "Was this page useful?", counted per guide. Only the counts are kept:
 * nothing about who answered, from where or when.
 */
@Service
public class GuideFeedback {

	private final JdbcClient jdbc;

	GuideFeedback(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	public void record(UUID guideId, boolean useful) {
		jdbc.sql("""
				insert into dir_guide_feedback (guide_id, useful_yes, useful_no) values (:id, :yes, :no)
				on conflict (guide_id) do update
				set useful_yes = dir_guide_feedback.useful_yes + excluded.useful_yes,
				    useful_no = dir_guide_feedback.useful_no + excluded.useful_no
				""").param("id", guideId).param("yes", useful ? 1 : 0).param("no", useful ? 0 : 1).update();
	}

	@Transactional(readOnly = true)
	public Counts counts(UUID guideId) {
		return jdbc.sql("select useful_yes, useful_no from dir_guide_feedback where guide_id = :id")
			.param("id", guideId)
			.query((rs, n) -> new Counts(rs.getLong("useful_yes"), rs.getLong("useful_no")))
			.optional()
			.orElse(Counts.NONE);
	}

	/** The counts of every guide that has any. */
	@Transactional(readOnly = true)
	public Map<UUID, Counts> all() {
		return jdbc.sql("select * from dir_guide_feedback")
			.query((rs, n) -> Map.entry(rs.getObject("guide_id", UUID.class),
					new Counts(rs.getLong("useful_yes"), rs.getLong("useful_no"))))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** How many said the guide was useful, and how many said it was not. */
	public record Counts(long yes, long no) {

		/** No answers yet. */
		public static final Counts NONE = new Counts(0, 0);

	}

}
