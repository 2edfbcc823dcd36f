package org.familymatters.directory.internal;

import java.io.Serial;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.identity.Role;
import org.familymatters.shared.StaleSave;
import org.familymatters.shared.input.Input;
import org.familymatters.shared.web.NotFound;
import org.familymatters.shared.web.Page;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The news and newsletters: what the public pages and the Atom feed read (published items
 * only, the newest first), and what the editors — training coordinators, managers and
 * administrators — write, each change audited on the basis of their role.
 */
@Service
public class NewsItems {

	private static final String RECORD = "news item";

	private static final String PUBLISHED = " where status = 'published'";

	private static final String NEWEST = " order by published_on desc, created_at desc, id";

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final DirectoryEditor editor;

	private final Clock clock;

	NewsItems(JdbcClient jdbc, AuditTrail audit, DirectoryEditor editor, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.editor = editor;
		this.clock = clock;
	}

	/** One page of the published items, the newest first. */
	@Transactional(readOnly = true)
	public Page<NewsItem> published(int page, int size) {
		long total = jdbc.sql("select count(*) from dir_news" + PUBLISHED).query(Long.class).single();
		var items = jdbc.sql("select * from dir_news" + PUBLISHED + NEWEST + " limit :limit offset :offset")
			.param("limit", size)
			.param("offset", (long) (page - 1) * size)
			.query(NewsItems::item)
			.list();
		return new Page<>(items, page, size, total);
	}

	/** The newest published items, for the feed. */
	@Transactional(readOnly = true)
	public List<NewsItem> latestPublished(int limit) {
		return jdbc.sql("select * from dir_news" + PUBLISHED + NEWEST + " limit :limit")
			.param("limit", limit)
			.query(NewsItems::item)
			.list();
	}

	/** A published item, by its address; drafts are not found. */
	@Transactional(readOnly = true)
	public Optional<NewsItem> findPublished(String slug) {
		return jdbc.sql("select * from dir_news" + PUBLISHED + " and slug = :slug")
			.param("slug", slug)
			.query(NewsItems::item)
			.optional();
	}

	/** Any item, drafts too, for its editors. */
	@Transactional(readOnly = true)
	public Optional<NewsItem> find(UUID id) {
		return jdbc.sql("select * from dir_news where id = :id").param("id", id).query(NewsItems::item).optional();
	}

	/** One page of every item, drafts first, then the most recently changed. */
	@Transactional(readOnly = true)
	public Page<NewsItem> all(int page, int size) {
		long total = jdbc.sql("select count(*) from dir_news").query(Long.class).single();
		var items = jdbc.sql("""
				select * from dir_news order by (status = 'draft') desc, updated_at desc, id
				limit :limit offset :offset
				""").param("limit", size).param("offset", (long) (page - 1) * size).query(NewsItems::item).list();
		return new Page<>(items, page, size, total);
	}

	/** The items changed most recently, drafts too, the latest first. */
	@Transactional(readOnly = true)
	public List<NewsItem> recentlyChanged(int limit) {
		return jdbc.sql("select * from dir_news order by updated_at desc, id limit :limit")
			.param("limit", limit)
			.query(NewsItems::item)
			.list();
	}

	/** How many drafts wait to be published. */
	@Transactional(readOnly = true)
	public long drafts() {
		return jdbc.sql("select count(*) from dir_news where status = 'draft'").query(Long.class).single();
	}

	/**
	 * Adds an item written by the signed-in editor. Without an address, one is made from
	 * the title (numbered when already used).
	 * @throws SlugTaken when the address typed is another item's
	 */
	@Transactional
	public NewsItem create(NewsItem.Draft draft) {
		var role = editorRole();
		var checked = checked(draft);
		var slug = (checked.slug() != null) ? checked.slug() : freeSlug(NewsItem.slugOf(checked.title()));
		var id = UUID.randomUUID();
		var values = values(checked);
		values.put("id", id);
		values.put("slug", slug);
		values.put("by", editor.username());
		values.put("now", now());
		try {
			jdbc.sql("""
					insert into dir_news (id, kind, slug, title, summary, body, status, published_on, created_at,
					                      created_by, updated_at, updated_by)
					values (:id, :kind, :slug, :title, :summary, :body, :status, :publishedOn, :now, :by, :now, :by)
					""").params(values).update();
		}
		catch (DuplicateKeyException ex) {
			throw new SlugTaken(slug);
		}
		audit.record(AuditEntry.allowed(DirectoryAudit.NEWS_ITEM_CREATED, RECORD, id, Basis.ROLE, role)
			.withDetail(checked.status().code()));
		return find(id).orElseThrow();
	}

	/**
	 * Changes an item.
	 * @param version the version the editor saw
	 * @throws StaleSave when someone else saved it since
	 * @throws SlugTaken when the address is another item's
	 */
	@Transactional
	public NewsItem update(UUID id, long version, NewsItem.Draft draft) {
		var role = editorRole();
		var before = find(id).orElseThrow(() -> new NotFound(RECORD, id));
		var checked = checked(draft);
		var values = values(checked);
		values.put("id", id);
		values.put("version", version);
		values.put("slug", (checked.slug() != null) ? checked.slug() : before.slug());
		values.put("by", editor.username());
		values.put("now", now());
		int updated;
		try {
			updated = jdbc.sql("""
					update dir_news
					set kind = :kind, slug = :slug, title = :title, summary = :summary, body = :body, status = :status,
					    published_on = :publishedOn, version = version + 1, updated_at = :now, updated_by = :by
					where id = :id and version = :version
					""").params(values).update();
		}
		catch (DuplicateKeyException ex) {
			throw new SlugTaken((String) values.get("slug"));
		}
		if (updated == 0) {
			throw new StaleSave(RECORD, id);
		}
		audit.record(AuditEntry.allowed(DirectoryAudit.NEWS_ITEM_UPDATED, RECORD, id, Basis.ROLE, role)
			.withDetail(checked.status().code()));
		return find(id).orElseThrow();
	}

	/** Whether another item than {@code except} (null for none) has the address. */
	@Transactional(readOnly = true)
	public boolean slugTaken(String slug, UUID except) {
		return jdbc
			.sql("select count(*) from dir_news where slug = :slug and id <> coalesce(cast(:except as uuid), id)")
			.param("slug", slug)
			.param("except", except)
			.query(Long.class)
			.single() > 0;
	}

	/** The address, or the first of address-2, address-3… that no item has. */
	private String freeSlug(String wanted) {
		var slug = wanted;
		for (int n = 2; slugTaken(slug, null); n++) {
			var suffix = "-" + n;
			slug = wanted.substring(0, Math.min(wanted.length(), NewsItem.SLUG_MAX - suffix.length())) + suffix;
		}
		return slug;
	}

	/**
	 * The same rules as the form's, so that no other caller can store what the form
	 * refuses. A published item without a date is published today.
	 */
	private NewsItem.Draft checked(NewsItem.Draft draft) {
		Objects.requireNonNull(draft.kind(), "kind");
		Objects.requireNonNull(draft.status(), "status");
		var title = required(draft.title(), NewsItem.TITLE_MAX, "title");
		var summary = required(draft.summary(), NewsItem.SUMMARY_MAX, "summary");
		var body = required(draft.body(), NewsItem.BODY_MAX, "body");
		var slug = Input.trimmed(draft.slug());
		if (slug != null && !NewsItem.isSlug(slug)) {
			throw new IllegalArgumentException("Not an address: " + slug);
		}
		var publishedOn = draft.publishedOn();
		if (draft.status() == NewsItem.Status.PUBLISHED && publishedOn == null) {
			publishedOn = LocalDate.now(clock);
		}
		return new NewsItem.Draft(draft.kind(), slug, title, summary, body, draft.status(), publishedOn);
	}

	private static String required(String text, int max, String what) {
		var checked = Input.text(text, max).required();
		if (checked.failed()) {
			throw new IllegalArgumentException("A " + what + " of 1 to " + max + " characters is needed");
		}
		return checked.value();
	}

	private String editorRole() {
		return editor.newsRole()
			.map(Role::name)
			.orElseThrow(() -> new AccessDeniedException(
					"Only training coordinators, managers and administrators write the news"));
	}

	private Timestamp now() {
		return Timestamp.from(Instant.now(clock));
	}

	private static Map<String, Object> values(NewsItem.Draft draft) {
		var values = new HashMap<String, Object>();
		values.put("kind", draft.kind().code());
		values.put("title", draft.title());
		values.put("summary", draft.summary());
		values.put("body", draft.body());
		values.put("status", draft.status().code());
		values.put("publishedOn", draft.publishedOn());
		return values;
	}

	private static NewsItem item(ResultSet rs, int row) throws SQLException {
		var publishedOn = rs.getObject("published_on", LocalDate.class);
		return new NewsItem(rs.getObject("id", UUID.class), NewsItem.Kind.fromCode(rs.getString("kind")).orElseThrow(),
				rs.getString("slug"), rs.getString("title"), rs.getString("summary"), rs.getString("body"),
				NewsItem.Status.fromCode(rs.getString("status")).orElseThrow(), publishedOn, rs.getLong("version"),
				rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
				rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
	}

	/** Another item has this address. */
	public static class SlugTaken extends RuntimeException {

		@Serial
		private static final long serialVersionUID = 1L;

		SlugTaken(String slug) {
			super("Another news item has the address " + slug);
		}

	}

}
