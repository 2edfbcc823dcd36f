package org.familymatters.shared.mail;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RepeatableMailTest {

	@Test
	void theSameSubjectGivesTheSameMessageId() {
		assertThat(RepeatableMail.messageId("referral-decision-5f0c"))
			.isEqualTo(RepeatableMail.messageId("referral-decision-5f0c"))
			.isEqualTo("<referral-decision-5f0c@family-matters.invalid>");
	}

	@Test
	void onlyLettersDigitsAndHyphensReachTheHeader() {
		assertThat(RepeatableMail.messageId("a b<c>@d\r\ne")).isEqualTo("<a-b-c--d--e@family-matters.invalid>");
	}

	@Test
	void aMessageIdNeedsWhatItIsAbout() {
		assertThatIllegalArgumentException().isThrownBy(() -> RepeatableMail.messageId(""));
	}

}
