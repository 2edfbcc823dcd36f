package org.familymatters.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Guidance and resources for school staff from the directory, for other modules' pages (a
 * school's list of pupils affected): the active resources for practitioners about
 * children and young people or that speak of schools, and the published guides for
 * families that speak of school (which staff can point a family to). Public content only;
 * each with the address of its page.
 */
@Service
public class SchoolStaffGuidance {

	/** The need "Children and young people" of the starting taxonomy. */
	static final String CHILDREN_AND_YOUNG_PEOPLE = "children-and-young-people";

	private final JdbcClient jdbc;

	SchoolStaffGuidance(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The resources, then the guides, each by title. */
	@Transactional(readOnly = true)
	public List<Guidance> forSchoolStaff() {
		var found = new ArrayList<Guidance>();
		found.addAll(jdbc.sql("""
				select r.title, r.summary, r.url, r.topic_id
				from dir_resource r left join dir_taxonomy_term t on t.id = r.topic_id
				where r.status = 'active' and r.audiences @> array['practitioners']
				  and (t.code = :topic or r.title ilike '%school%' or r.summary ilike '%school%')
				order by lower(r.title), r.id
				""").param("topic", CHILDREN_AND_YOUNG_PEOPLE).query((rs, n) -> {
			var url = rs.getString("url");
			var topic = rs.getObject("topic_id", UUID.class);
			var href = (url != null) ? url
					: "/resources?audience=practitioners" + ((topic != null) ? "&topic=" + topic : "");
			return new Guidance(rs.getString("title"), rs.getString("summary"), href, url != null);
		}).list());
		found.addAll(jdbc.sql("""
				select g.slug, v.title, v.summary
				from dir_guide g
				join dir_guide_version v on v.guide_id = g.id and v.version_number = g.current_version
				where g.status = 'published' and v.body ilike '%school%'
				order by g.position, v.title
				""")
			.query((rs, n) -> new Guidance(rs.getString("title"), rs.getString("summary"),
					"/guides/" + rs.getString("slug"), false))
			.list());
		return found;
	}

	/**
	 * A resource or guide.
	 *
	 * @param title its title
	 * @param summary what it is, in a sentence or two
	 * @param href where to read it: its own address on another site, or the service's
	 * page that lists it
	 * @param otherSite whether {@code href} is another site's
	 */
	public record Guidance(String title, String summary, String href, boolean otherSite) {
	}

}
