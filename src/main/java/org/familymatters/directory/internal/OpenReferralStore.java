package org.familymatters.directory.internal;

import java.io.Serial;
import java.util.List;
import java.util.UUID;

import org.familymatters.directory.internal.OpenReferralParser.ServiceDraft;
import org.familymatters.directory.internal.OpenReferralParser.TaxonomyDraft;
import org.familymatters.directory.internal.OpenReferralParser.TermDraft;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores what an Open Referral UK import parsed: taxonomies and terms (added, never
 * changed), and each service whole through {@link ServiceWriter} in its own transaction,
 * so that a service the database refuses is written not at all. Lists the services for
 * the export.
 */
@Component
public class OpenReferralStore {

	private final JdbcClient jdbc;

	private final ServiceWriter writer;

	private final TransactionTemplate transactions;

	OpenReferralStore(JdbcClient jdbc, ServiceWriter writer, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.writer = writer;
		this.transactions = transactions;
	}

	/** Adds a taxonomy unless it is there already. */
	public void saveTaxonomy(TaxonomyDraft taxonomy) {
		transactions.executeWithoutResult(tx -> jdbc.sql("""
				insert into dir_taxonomy (id, name, description, uri, version)
				values (:id, :name, :description, :uri, :version) on conflict (id) do nothing
				""")
			.param("id", taxonomy.id())
			.param("name", taxonomy.name())
			.param("description", taxonomy.description())
			.param("uri", taxonomy.uri())
			.param("version", taxonomy.version())
			.update());
	}

	/** Adds a term of a known taxonomy unless it is there already. */
	public void saveTerm(TermDraft term) {
		transactions.executeWithoutResult(tx -> insertTerm(term));
	}

	private void insertTerm(TermDraft term) {
		if (!exists("dir_taxonomy", term.taxonomyId())) {
			return;
		}
		jdbc.sql("""
				insert into dir_taxonomy_term (id, taxonomy_id, code, name, description)
				values (:id, :taxonomy, :code, :name, :description) on conflict do nothing
				""")
			.param("id", term.id())
			.param("taxonomy", term.taxonomyId())
			.param("code", term.code())
			.param("name", term.name())
			.param("description", term.description())
			.update();
	}

	/**
	 * Writes a service whole, with its organisation and the terms it describes.
	 * @return whether it was there already (and so updated, not added)
	 * @throws NotStored when the directory cannot take it, with the reason
	 */
	public boolean save(ServiceDraft draft) {
		try {
			return Boolean.TRUE.equals(transactions.execute(tx -> {
				boolean before = exists("dir_service", draft.service().summary().id());
				var o = draft.organisation();
				writer.saveOrganization(o.id(), o.name(), o.description(), o.email(), o.website());
				draft.newTerms().forEach(this::insertTerm);
				for (var t : draft.service().terms()) {
					if (!exists("dir_taxonomy_term", t.id())) {
						throw new NotStored(
								"taxonomy term " + t.id() + " is not known here: import its taxonomy first");
					}
				}
				writer.saveService(draft.service(), draft.lastModified());
				return before;
			}));
		}
		catch (DuplicateKeyException ex) {
			throw new NotStored(duplicateReason(ex));
		}
		catch (DataAccessException ex) {
			throw new NotStored("the database refused it: " + OpenReferralFeed.firstLine(ex.getMostSpecificCause()));
		}
	}

	/** Every service's id, whatever its status, in the order of their names. */
	public List<UUID> serviceIds() {
		return jdbc.sql("select id from dir_service order by name, id").query(UUID.class).list();
	}

	private boolean exists(String table, UUID id) {
		return jdbc.sql("select count(*) from " + table + " where id = :id")
			.param("id", id)
			.query(Long.class)
			.single() > 0;
	}

	private static String duplicateReason(DuplicateKeyException e) {
		var message = String.valueOf(e.getMostSpecificCause().getMessage());
		if (message.contains("dir_organization_name_unique")) {
			return "another organisation with the same name is already in the directory under a different id";
		}
		return "one of its ids is already used by another record: "
				+ OpenReferralFeed.firstLine(e.getMostSpecificCause());
	}

	/** The directory cannot take a service; the message says why. */
	public static final class NotStored extends RuntimeException {

		@Serial
		private static final long serialVersionUID = 1L;

		NotStored(String reason) {
			super(reason);
		}

	}

}
