package org.familymatters.referral.web;

import java.util.List;
import java.util.UUID;

import org.familymatters.referral.ReferralSource;
import org.familymatters.shared.web.FormCheck;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The triage queue's filter, as the address sends it: a locality among the support
 * worker's, a source, and the page. Any text may arrive; what is not one of the choices
 * is refused by its field (messages under {@code referral.triage.}), and a page that is
 * not a whole number from 1 is the first.
 */
public class TriageFilter {

	/** The furthest page asked for. */
	static final int MAX_PAGE = 10_000;

	private String locality;

	private String source;

	private String page;

	/**
	 * Reads the filter: a locality must be one of {@code allowed} (the localities the
	 * support worker works in).
	 */
	static Chosen read(TriageFilter filter, FormCheck check, List<UUID> allowed) {
		var locality = check.identifier("locality", filter.getLocality());
		if (locality != null && !allowed.contains(locality)) {
			check.reject("locality", "referral.triage.locality.notYours");
			locality = null;
		}
		var source = check.choice("source", filter.getSource(), ReferralSource::ofCode);
		return new Chosen(locality, source, page(filter.getPage()));
	}

	/** The page asked for: a whole number from 1, or the first. */
	static int page(String page) {
		if (page == null || !page.strip().matches("[0-9]{1,9}")) {
			return 1;
		}
		return Math.max(1, Math.min(MAX_PAGE, Integer.parseInt(page.strip())));
	}

	public String getLocality() {
		return locality;
	}

	public void setLocality(String locality) {
		this.locality = locality;
	}

	public String getSource() {
		return source;
	}

	public void setSource(String source) {
		this.source = source;
	}

	public String getPage() {
		return page;
	}

	public void setPage(String page) {
		this.page = page;
	}

	/**
	 * The filter as chosen: null for every locality of the support worker's, and every
	 * source.
	 */
	record Chosen(UUID locality, ReferralSource source, int page) {

		/** The queue's address with this filter, for the pagination's links. */
		String pageUrl() {
			var url = UriComponentsBuilder.fromPath("/referrals/triage");
			if (locality != null) {
				url.queryParam("locality", locality);
			}
			if (source != null) {
				url.queryParam("source", source.code());
			}
			return url.build().toUriString();
		}

	}

}
