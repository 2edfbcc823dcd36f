package org.familymatters.directory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.familymatters.shared.web.Page;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The taxonomies of needs, and their terms. */
@Service
public class Taxonomies {

	private final JdbcClient jdbc;

	Taxonomies(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Page<Taxonomy> taxonomies(int page, int perPage) {
		long total = jdbc.sql("select count(*) from dir_taxonomy").query(Long.class).single();
		var items = jdbc.sql("select * from dir_taxonomy order by name, id limit :limit offset :offset")
			.param("limit", perPage)
			.param("offset", (long) (page - 1) * perPage)
			.query((rs, n) -> new Taxonomy(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getString("description"), rs.getString("uri"), rs.getString("version")))
			.list();
		return new Page<>(items, page, perPage, total);
	}

	@Transactional(readOnly = true)
	public Optional<Taxonomy> taxonomy(UUID id) {
		return jdbc.sql("select * from dir_taxonomy where id = :id")
			.param("id", id)
			.query((rs, n) -> new Taxonomy(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getString("description"), rs.getString("uri"), rs.getString("version")))
			.optional();
	}

	@Transactional(readOnly = true)
	public Page<Term> terms(int page, int perPage) {
		long total = jdbc.sql("select count(*) from dir_taxonomy_term").query(Long.class).single();
		var items = jdbc.sql("select * from dir_taxonomy_term order by name, id limit :limit offset :offset")
			.param("limit", perPage)
			.param("offset", (long) (page - 1) * perPage)
			.query((rs, n) -> term(rs))
			.list();
		return new Page<>(items, page, perPage, total);
	}

	@Transactional(readOnly = true)
	public List<Term> allTerms() {
		return jdbc.sql("select * from dir_taxonomy_term order by name").query((rs, n) -> term(rs)).list();
	}

	@Transactional(readOnly = true)
	public Optional<Term> term(UUID id) {
		return jdbc.sql("select * from dir_taxonomy_term where id = :id")
			.param("id", id)
			.query((rs, n) -> term(rs))
			.optional();
	}

	private static Term term(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Term(rs.getObject("id", UUID.class), rs.getObject("taxonomy_id", UUID.class), rs.getString("code"),
				rs.getString("name"), rs.getString("description"), rs.getObject("parent_id", UUID.class));
	}

	public record Taxonomy(UUID id, String name, String description, String uri, String version) {
	}

	public record Term(UUID id, UUID taxonomyId, String code, String name, String description, UUID parentId) {
	}

}
