package org.familymatters.directory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the guides for families and their versions. */
@Service
public class Guides {

	private static final String GUIDES = """
			select g.*, v.created_at as updated_at, v.author_name as updated_by
			from dir_guide g
			join dir_guide_version v on v.guide_id = g.id and v.version_number = g.current_version
			""";

	private final JdbcClient jdbc;

	Guides(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The guides families see, in the order of the journey. */
	@Transactional(readOnly = true)
	public List<Guide> published() {
		return jdbc.sql(GUIDES + " where g.status = 'published' order by g.position, g.title")
			.query(Guides::guide)
			.list();
	}

	/** Every guide, archived ones too, in the order of the journey. */
	@Transactional(readOnly = true)
	public List<Guide> all() {
		return jdbc.sql(GUIDES + " order by g.position, g.title").query(Guides::guide).list();
	}

	@Transactional(readOnly = true)
	public Optional<Guide> find(UUID id) {
		return jdbc.sql(GUIDES + " where g.id = :id").param("id", id).query(Guides::guide).optional();
	}

	/** A guide families may see, by its address. */
	@Transactional(readOnly = true)
	public Optional<Guide> findPublished(String slug) {
		return jdbc.sql(GUIDES + " where g.slug = :slug and g.status = 'published'")
			.param("slug", slug)
			.query(Guides::guide)
			.optional();
	}

	@Transactional(readOnly = true)
	public Optional<GuideVersion> version(UUID guideId, int number) {
		return jdbc.sql("select * from dir_guide_version where guide_id = :id and version_number = :number")
			.param("id", guideId)
			.param("number", number)
			.query(Guides::version)
			.optional();
	}

	/** The version families see now. */
	@Transactional(readOnly = true)
	public GuideVersion current(Guide guide) {
		return version(guide.id(), guide.currentVersion())
			.orElseThrow(() -> new IllegalStateException("Guide " + guide.id() + " has lost its current version"));
	}

	/** Every version of a guide, newest first. */
	@Transactional(readOnly = true)
	public List<GuideVersion> versions(UUID guideId) {
		return jdbc.sql("select * from dir_guide_version where guide_id = :id order by version_number desc")
			.param("id", guideId)
			.query(Guides::version)
			.list();
	}

	private static Guide guide(ResultSet rs, int row) throws SQLException {
		return new Guide(rs.getObject("id", UUID.class), rs.getString("slug"), rs.getString("title"),
				rs.getString("summary"), rs.getInt("position"), rs.getInt("current_version"), rs.getString("status"),
				rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"), rs.getLong("version"));
	}

	private static GuideVersion version(ResultSet rs, int row) throws SQLException {
		return new GuideVersion(rs.getObject("guide_id", UUID.class), rs.getInt("version_number"),
				rs.getString("title"), rs.getString("summary"), rs.getString("body"), rs.getString("author_name"),
				rs.getObject("author_id", UUID.class), rs.getTimestamp("created_at").toInstant(),
				rs.getString("change_note"));
	}

}
