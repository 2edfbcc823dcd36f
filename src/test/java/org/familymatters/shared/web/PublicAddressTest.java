package org.familymatters.shared.web;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The service's public address, checked at start. */
class PublicAddressTest {

	@Test
	void aGoodAddressIsKeptWithoutATrailingSlash() {
		var address = new PublicAddress(
				new MockEnvironment().withProperty("familymatters.public-url", "https://familymatters.example.org/"));
		assertThat(address.get()).isEqualTo("https://familymatters.example.org");
		assertThat(address.link("/court-desk/calendar/x.ics"))
			.isEqualTo("https://familymatters.example.org/court-desk/calendar/x.ics");
		assertThat(address.secure()).isTrue();
	}

	@Test
	void aWrongAddressStopsTheServiceWithAMessageThatSaysWhatIsWrong() {
		assertThatIllegalStateException().isThrownBy(() -> PublicAddress.check("familymatters.example.org"))
			.withMessageContaining("FAMILYMATTERS_PUBLIC_URL")
			.withMessageContaining("https://");
		assertThatIllegalStateException().isThrownBy(() -> PublicAddress.check("ftp://example.org"));
		assertThatIllegalStateException().isThrownBy(() -> PublicAddress.check("https://example.org/?a=b"));
		assertThatIllegalStateException().isThrownBy(() -> PublicAddress.check("https://user@example.org"));
		assertThatIllegalStateException().isThrownBy(() -> PublicAddress.check("https:///path"));
	}

	@Test
	void unsetItIsNotKnownUntilTheServerHasStartedThenItIsItsPort() {
		var address = new PublicAddress(new MockEnvironment());
		assertThatIllegalStateException().isThrownBy(address::get);
		assertThat(address.secure()).isFalse();
	}

}
