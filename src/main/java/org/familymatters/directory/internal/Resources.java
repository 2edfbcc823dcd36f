package org.familymatters.directory.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.familymatters.shared.web.Page;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The resources: reading them for the pages, and the writes {@link ResourceEditing}
 * makes.
 */
@Repository
public class Resources {

	private static final String SELECT = """
			select r.*, t.name as topic_name
			from dir_resource r left join dir_taxonomy_term t on t.id = r.topic_id
			""";

	private static final String ORDER = " order by lower(r.title), r.id";

	private final JdbcClient jdbc;

	private final Clock clock;

	Resources(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<Resource> find(UUID id) {
		return jdbc.sql(SELECT + " where r.id = :id").param("id", id).query(Resources::resource).optional();
	}

	/**
	 * One page of the resources whose title or publisher holds the text (every one when
	 * it is null), the active before the archived, by title.
	 */
	@Transactional(readOnly = true)
	public Page<Resource> page(String text, int page, int size) {
		var where = (text != null) ? " where (r.title ilike :text or r.publisher ilike :text)" : "";
		var params = new HashMap<String, Object>();
		if (text != null) {
			params.put("text", Like.containing(text));
		}
		long total = jdbc.sql("select count(*) from dir_resource r" + where).params(params).query(Long.class).single();
		params.put("limit", size);
		params.put("offset", (long) (page - 1) * size);
		var items = jdbc.sql(SELECT + where + " order by r.status, lower(r.title), r.id limit :limit offset :offset")
			.params(params)
			.query(Resources::resource)
			.list();
		return new Page<>(items, page, size, total);
	}

	/** The resources changed most recently, archived ones too, the latest first. */
	@Transactional(readOnly = true)
	public List<Resource> recentlyChanged(int limit) {
		return jdbc.sql(SELECT + " order by r.updated_at desc, r.id limit :limit")
			.param("limit", limit)
			.query(Resources::resource)
			.list();
	}

	/**
	 * The active resources for an audience and about a topic, as the public page lists
	 * them.
	 * @param audience null for every audience
	 * @param topicId null for every topic
	 */
	@Transactional(readOnly = true)
	public List<Resource> active(Resource.Audience audience, UUID topicId) {
		var where = new ArrayList<String>();
		where.add("r.status = 'active'");
		var query = new StringBuilder(SELECT);
		if (audience != null) {
			where.add("r.audiences @> array[cast(:audience as text)]");
		}
		if (topicId != null) {
			where.add("r.topic_id = :topic");
		}
		query.append(" where ").append(String.join(" and ", where)).append(ORDER);
		var statement = jdbc.sql(query.toString());
		if (audience != null) {
			statement = statement.param("audience", audience.code());
		}
		if (topicId != null) {
			statement = statement.param("topic", topicId);
		}
		return statement.query(Resources::resource).list();
	}

	void insert(UUID id, ResourceDraft draft, String by) {
		jdbc.sql("""
				insert into dir_resource (id, kind, title, publisher, summary, url, audiences, topic_id, created_by,
				                          updated_by, created_at, updated_at)
				values (:id, :kind, :title, :publisher, :summary, :url, cast(:audiences as text[]), :topic, :by, :by,
				        :now, :now)
				""").params(values(draft)).param("id", id).param("by", by).param("now", now()).update();
	}

	/**
	 * Changes the resource if it is still at the version the editor saw; false if it is
	 * not.
	 */
	boolean update(UUID id, long version, ResourceDraft draft, String by) {
		return jdbc.sql("""
				update dir_resource
				set kind = :kind, title = :title, publisher = :publisher, summary = :summary, url = :url,
				    audiences = cast(:audiences as text[]), topic_id = :topic, version = version + 1,
				    updated_at = :now, updated_by = :by
				where id = :id and version = :version
				""")
			.params(values(draft))
			.param("id", id)
			.param("version", version)
			.param("by", by)
			.param("now", now())
			.update() == 1;
	}

	/** Sets the status; false if the resource already had it. */
	boolean changeStatus(UUID id, Resource.Status status, String by) {
		return jdbc.sql("""
				update dir_resource
				set status = :status, version = version + 1, updated_at = :now, updated_by = :by
				where id = :id and status <> :status
				""").param("id", id).param("status", status.code()).param("by", by).param("now", now()).update() == 1;
	}

	private Timestamp now() {
		return Timestamp.from(Instant.now(clock));
	}

	private static Map<String, Object> values(ResourceDraft draft) {
		var values = new HashMap<String, Object>();
		values.put("kind", draft.kind().code());
		values.put("title", draft.title());
		values.put("publisher", draft.publisher());
		values.put("summary", draft.summary());
		values.put("url", draft.url());
		values.put("audiences", draft.audiences().stream().map(Resource.Audience::code).toArray(String[]::new));
		values.put("topic", draft.topicId());
		return values;
	}

	private static Resource resource(ResultSet rs, int row) throws SQLException {
		var topicId = rs.getObject("topic_id", UUID.class);
		return new Resource(rs.getObject("id", UUID.class), Resource.Kind.fromCode(rs.getString("kind")).orElseThrow(),
				rs.getString("title"), rs.getString("publisher"), rs.getString("summary"), rs.getString("url"),
				audiences(rs.getArray("audiences")),
				(topicId != null) ? new Resource.Topic(topicId, rs.getString("topic_name")) : null,
				Resource.Status.fromCode(rs.getString("status")), rs.getLong("version"),
				rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
				rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
	}

	/** In the order the enum declares them, whatever order they were stored in. */
	private static List<Resource.Audience> audiences(Array array) throws SQLException {
		var codes = Arrays.asList((String[]) array.getArray());
		return Arrays.stream(Resource.Audience.values()).filter(a -> codes.contains(a.code())).toList();
	}

}
