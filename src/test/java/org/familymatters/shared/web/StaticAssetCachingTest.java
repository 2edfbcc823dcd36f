package org.familymatters.shared.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How long a browser may keep each kind of address, decided without Spring. */
class StaticAssetCachingTest {

	@Test
	void aFileAtAnAddressCarryingItsContentHashIsKeptForAYear() {
		assertThat(StaticAssetCaching.cacheControl("GET", "/css/app-43ee41baf6d325ef47bb112ea78dfe22.css"))
			.isEqualTo("public, max-age=31536000, immutable");
		assertThat(StaticAssetCaching.cacheControl("GET",
				"/govuk/govuk-frontend.min-1409d6ccae7da9760377852172a13dd9.css"))
			.isEqualTo(StaticAssetCaching.IMMUTABLE);
		assertThat(
				StaticAssetCaching.cacheControl("HEAD", "/assets/images/favicon-a90776c99cc9bf3d9dbe593284d6bbf6.ico"))
			.isEqualTo(StaticAssetCaching.IMMUTABLE);
	}

	@Test
	void aFileAtItsPlainAddressIsCheckedEachTime() {
		assertThat(StaticAssetCaching.cacheControl("GET", "/govuk/govuk-frontend.min.js")).isEqualTo("no-cache");
		assertThat(StaticAssetCaching.cacheControl("GET", "/css/app.css")).isEqualTo("no-cache");
	}

	@Test
	void pagesAndEverythingElseAreLeftToSpringSecurity() {
		assertThat(StaticAssetCaching.cacheControl("GET", "/")).isNull();
		assertThat(StaticAssetCaching.cacheControl("GET", "/families/1a2b")).isNull();
		assertThat(StaticAssetCaching.cacheControl("GET", "/court-desk/service-worker.js")).isNull();
		// A page whose address merely ends like a hashed file is not a file.
		assertThat(StaticAssetCaching.cacheControl("GET", "/guides/a-43ee41baf6d325ef47bb112ea78dfe22.css")).isNull();
		assertThat(StaticAssetCaching.cacheControl("POST", "/css/app-43ee41baf6d325ef47bb112ea78dfe22.css")).isNull();
	}

}
