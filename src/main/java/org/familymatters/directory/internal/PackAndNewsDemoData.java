package org.familymatters.directory.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.familymatters.shared.DemoMode;
import org.familymatters.shared.web.PdfPages;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode: the two training packs as resources, each with a first version of its file
 * (a small PDF made here, at start, never fetched from anywhere), and two news items, one
 * of them a newsletter, in neutral words. Added once.
 */
@Component
@Order(11)
class PackAndNewsDemoData implements ApplicationRunner {

	static final String TRAINING_PACK = "de000000-0000-4000-8000-000000000601";

	static final String TEACHERS_PACK = "de000000-0000-4000-8000-000000000602";

	static final String NEWS_ITEM = "de000000-0000-4000-8000-000000000701";

	static final String NEWSLETTER = "de000000-0000-4000-8000-000000000702";

	/** The needs taxonomy's "Children and young people". */
	private static final String CHILDREN_AND_YOUNG_PEOPLE = "5c0f3a52-6e0b-4f4b-9d4a-000000000111";

	private static final String BY = "demo mode";

	private final JdbcClient jdbc;

	private final DemoMode demoMode;

	private final PdfPages pdfs;

	private final Clock clock;

	PackAndNewsDemoData(JdbcClient jdbc, DemoMode demoMode, PdfPages pdfs, Clock clock) {
		this.jdbc = jdbc;
		this.demoMode = demoMode;
		this.pdfs = pdfs;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!demoMode.enabled() || jdbc.sql("select count(*) from dir_resource where id = cast(:id as uuid)")
			.param("id", TRAINING_PACK)
			.query(Long.class)
			.single() > 0) {
			return;
		}
		var now = Timestamp.from(Instant.now(clock));
		pack(TRAINING_PACK, "Family Matters training resource pack",
				"The pack that goes with the Family Matters multi-agency workshops, used both in the prisons and in "
						+ "the community: the key facts about prisoners' families, what they go through, and how "
						+ "each agency can recognise and support them.",
				null, List.of(
						section("What the pack is for",
								"Practitioners in prisons and in the community use it to recognise the families of "
										+ "prisoners and to know where to turn."),
						section("What it covers",
								"Arrest, court, sentence, visits, release, and what each stage means for the "
										+ "children and the adults left at home.")),
				now);
		pack(TEACHERS_PACK, "Teachers' pack: from arrest to post-release",
				"For schools: what a pupil may go through when someone in the family is arrested, sent to prison "
						+ "and released, and what head teachers, SENCOs and home-school link workers can do at each "
						+ "stage.",
				CHILDREN_AND_YOUNG_PEOPLE,
				List.of(section("Who it is for", "Head teachers, SENCOs, home-school link workers and class teachers."),
						section("What it covers",
								"From arrest to post-release: signs to look for, what to say, and how to work "
										+ "with the family.")),
				now);
		news(NEWSLETTER, "newsletter", "demo-newsletter-winter", "Newsletter: winter (demo)",
				"Training dates for the new year, the new teachers' pack, and news from the local networks.", """
						## Training in the new year

						Multi-agency workshops run again from January. Places are free for practitioners.

						## The teachers' pack

						The teachers' pack now follows a family from arrest to post-release. It is on the
						[resources page](/resources).
						""", LocalDate.now(clock).minusDays(14), now);
		news(NEWS_ITEM, "news", "demo-new-resource-pack", "The training resource pack has a new version (demo)",
				"The pack used in prisons and the community has been brought up to date.", """
						The training resource pack has been brought up to date, with a section on release.

						Download it from the [resources page](/resources).
						""", LocalDate.now(clock).minusDays(3), now);
	}

	private void pack(String id, String title, String summary, String topic, List<Map<String, String>> sections,
			Timestamp now) {
		jdbc.sql("""
				insert into dir_resource (id, kind, title, publisher, summary, audiences, topic_id, created_by,
				                          updated_by, created_at, updated_at)
				values (cast(:id as uuid), 'training', :title, 'Thames Valley Partnership', :summary,
				        array['practitioners'], cast(:topic as uuid), :by, :by, :now, :now)
				""")
			.param("id", id)
			.param("title", title)
			.param("summary", summary)
			.param("topic", topic)
			.param("by", BY)
			.param("now", now)
			.update();
		var pdf = pdfs.render("directory/resource-file-demo-pdf", Map.of("title", title, "sections", sections));
		jdbc.sql(
				"""
						insert into dir_resource_file (resource_id, version_number, file_name, content_type, size_bytes, content,
						                               change_note, uploaded_by, uploaded_at)
						values (cast(:id as uuid), 1, :name, 'application/pdf', :size, :content, null, 'Family Matters', :now)
						""")
			.param("id", id)
			.param("name", FileTypes.safeName(NewsItem.slugOf(title), FileTypes.FileType.PDF))
			.param("size", pdf.length)
			.param("content", pdf)
			.param("now", now)
			.update();
	}

	private void news(String id, String kind, String slug, String title, String summary, String body,
			LocalDate publishedOn, Timestamp now) {
		jdbc.sql(
				"""
						insert into dir_news (id, kind, slug, title, summary, body, status, published_on, created_at, created_by,
						                      updated_at, updated_by)
						values (cast(:id as uuid), :kind, :slug, :title, :summary, :body, 'published', :publishedOn, :now, :by,
						        :now, :by)
						""")
			.param("id", id)
			.param("kind", kind)
			.param("slug", slug)
			.param("title", title)
			.param("summary", summary)
			.param("body", body)
			.param("publishedOn", publishedOn)
			.param("now", now)
			.param("by", BY)
			.update();
	}

	/** A heading and a paragraph of a demo pack, as the template reads them. */
	private static Map<String, String> section(String heading, String text) {
		return Map.of("heading", heading, "text", text);
	}

}
