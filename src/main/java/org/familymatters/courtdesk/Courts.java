package org.familymatters.courtdesk;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The courts, as reference data: Reading, Oxford and Aylesbury to start. */
@Service
public class Courts {

	/** Reading Crown Court, from the first migration of court desks. */
	public static final UUID READING = UUID.fromString("c0000000-0000-4000-8000-000000000001");

	/** Oxford Crown Court. */
	public static final UUID OXFORD = UUID.fromString("c0000000-0000-4000-8000-000000000002");

	/** Aylesbury Crown Court. */
	public static final UUID AYLESBURY = UUID.fromString("c0000000-0000-4000-8000-000000000003");

	private static final String COLUMNS = "id, name, town, address, archived, version";

	private final JdbcClient jdbc;

	Courts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every court, archived ones last, by name. */
	@Transactional(readOnly = true)
	public List<Court> all() {
		return jdbc.sql("select " + COLUMNS + " from court order by archived, name").query(Court.class).list();
	}

	/** The courts that take new sessions and contacts, by name. */
	@Transactional(readOnly = true)
	public List<Court> active() {
		return jdbc.sql("select " + COLUMNS + " from court where not archived order by name").query(Court.class).list();
	}

	@Transactional(readOnly = true)
	public Optional<Court> find(UUID id) {
		if (id == null) {
			return Optional.empty();
		}
		return jdbc.sql("select " + COLUMNS + " from court where id = :id").param("id", id).query(Court.class)
			.optional();
	}

}
