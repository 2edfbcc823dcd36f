package org.familymatters.referral.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.familymatters.referral.ReferralSource;
import org.familymatters.shared.web.FormCheck;
import org.junit.jupiter.api.Test;

import org.springframework.validation.BeanPropertyBindingResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The triage queue's filter read from whatever the address sends, without Spring: a
 * locality among the support worker's, a source among the choices, any page.
 */
class TriageFilterTest {

	static final UUID MINE = UUID.randomUUID();

	private static TriageFilter filter(String locality, String source, String page) {
		var filter = new TriageFilter();
		filter.setLocality(locality);
		filter.setSource(source);
		filter.setPage(page);
		return filter;
	}

	private static BeanPropertyBindingResult read(TriageFilter filter, List<TriageFilter.Chosen> chosen) {
		var result = new BeanPropertyBindingResult(filter, "filter");
		chosen.add(TriageFilter.read(filter, FormCheck.of(result, "referral.triage"), List.of(MINE)));
		return result;
	}

	@Test
	void aLocalityAndASourceAmongTheChoicesFilterTheQueue() {
		var chosen = new ArrayList<TriageFilter.Chosen>();
		var result = read(filter(MINE.toString(), "court_desk", "2"), chosen);
		assertThat(result.hasErrors()).isFalse();
		assertThat(chosen.get(0)).isEqualTo(new TriageFilter.Chosen(MINE, ReferralSource.COURT_DESK, 2));
		assertThat(chosen.get(0).pageUrl()).isEqualTo("/referrals/triage?locality=" + MINE + "&source=court_desk");
		var none = new ArrayList<TriageFilter.Chosen>();
		assertThat(read(filter("", null, null), none).hasErrors()).isFalse();
		assertThat(none.get(0)).isEqualTo(new TriageFilter.Chosen(null, null, 1));
		assertThat(none.get(0).pageUrl()).isEqualTo("/referrals/triage");
	}

	@Test
	void anythingElseIsRefusedByItsFieldNeverAServerError() {
		var chosen = new ArrayList<TriageFilter.Chosen>();
		var result = read(filter("\u0000", "%00\u0000", null), chosen);
		assertThat(result.getFieldError("locality").getCodes()).contains("referral.triage.locality.unknownChoice");
		assertThat(result.getFieldError("source").getCodes()).contains("referral.triage.source.unknownChoice");

		var notMine = read(filter(UUID.randomUUID().toString(), null, null), chosen);
		assertThat(notMine.getFieldError("locality").getCodes()).contains("referral.triage.locality.notYours");
		assertThat(chosen.get(1).locality()).isNull();
	}

	@Test
	void aPageThatIsNotAWholeNumberFromOneIsTheFirst() {
		assertThat(TriageFilter.page(null)).isEqualTo(1);
		assertThat(TriageFilter.page("0")).isEqualTo(1);
		assertThat(TriageFilter.page("-3")).isEqualTo(1);
		assertThat(TriageFilter.page("%00")).isEqualTo(1);
		assertThat(TriageFilter.page("99999999999")).isEqualTo(1);
		assertThat(TriageFilter.page(" 7 ")).isEqualTo(7);
		assertThat(TriageFilter.page("123456789")).isEqualTo(TriageFilter.MAX_PAGE);
	}

}
