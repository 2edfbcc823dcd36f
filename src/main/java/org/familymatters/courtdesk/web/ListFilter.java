package org.familymatters.courtdesk.web;

/**
 * The filters of a court desk list, as typed in its address: a court (empty for every
 * court), what to show (the rota: {@code gaps} for the sessions that still need
 * volunteers, else every session) and the page. Checked by {@link Lists#court} and
 * {@link Lists#pageNumber}.
 */
public class ListFilter {

	private String court;

	private String show;

	private String page;

	public String getCourt() {
		return court;
	}

	public void setCourt(String court) {
		this.court = court;
	}

	public String getShow() {
		return show;
	}

	public void setShow(String show) {
		this.show = show;
	}

	public String getPage() {
		return page;
	}

	public void setPage(String page) {
		this.page = page;
	}

}
