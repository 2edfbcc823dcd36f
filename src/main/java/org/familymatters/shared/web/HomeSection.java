package org.familymatters.shared.web;

import java.util.List;

/**
 * One section of a signed-in person's home page, answering "what needs me now": a
 * heading, how many things wait (when counting makes sense), a few of them as links, and
 * what the person can do next. Modules contribute sections through
 * {@link HomeContribution} beans, as they contribute navigation entries.
 *
 * @param heading what the section is about, e.g. "New referrals in Banbury"
 * @param count how many things wait, shown beside the heading; null when not a count
 * @param summary one sentence under the heading; null for none
 * @param items the things themselves, most urgent first (a few, with a link to the rest)
 * @param actions what the person can do next; the first, if primary, is a large button
 * @param order position on the page, lowest first
 */
public record HomeSection(String heading, Integer count, String summary, List<Item> items, List<Action> actions,
		int order) {

	public HomeSection {
		items = List.copyOf(items);
		actions = List.copyOf(actions);
	}

	/**
	 * One thing that waits.
	 *
	 * @param text what it is, as a link
	 * @param href where it is
	 * @param detail a short line beside it (e.g. "consent, until 3 March 2027"); null for
	 * none
	 */
	public record Item(String text, String href, String detail) {
	}

	/**
	 * Something the person can do.
	 *
	 * @param text the link or button text
	 * @param href where it goes
	 * @param primary whether it is the page's main action (a large green button)
	 */
	public record Action(String text, String href, boolean primary) {

		public static Action link(String text, String href) {
			return new Action(text, href, false);
		}

		public static Action button(String text, String href) {
			return new Action(text, href, true);
		}

	}

}
