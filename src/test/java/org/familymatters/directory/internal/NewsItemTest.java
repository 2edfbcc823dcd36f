package org.familymatters.directory.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The addresses of news items. */
class NewsItemTest {

	@Test
	void aTitleMakesAnAddress() {
		assertThat(NewsItem.slugOf("Autumn newsletter: what’s new")).isEqualTo("autumn-newsletter-whats-new");
		assertThat(NewsItem.slugOf("  Café — Évènements 2026 ")).isEqualTo("cafe-evenements-2026");
		assertThat(NewsItem.slugOf("!!!")).isEqualTo("news");
		assertThat(NewsItem.slugOf("Manage")).isEqualTo("manage-1");
		assertThat(NewsItem.slugOf("word ".repeat(60))).hasSizeLessThanOrEqualTo(NewsItem.SLUG_MAX).doesNotEndWith("-");
	}

	@Test
	void onlyWordsJoinedByDashesAreAddresses() {
		assertThat(NewsItem.isSlug("autumn-newsletter-2026")).isTrue();
		assertThat(NewsItem.isSlug("Autumn")).isFalse();
		assertThat(NewsItem.isSlug("two--dashes")).isFalse();
		assertThat(NewsItem.isSlug("feed.atom")).isFalse();
		assertThat(NewsItem.isSlug("manage")).as("a page of its own").isFalse();
		assertThat(NewsItem.isSlug("a".repeat(101))).isFalse();
		assertThat(NewsItem.isSlug(null)).isFalse();
	}

}
