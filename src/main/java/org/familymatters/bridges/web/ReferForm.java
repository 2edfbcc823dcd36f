package org.familymatters.bridges.web;

/**
 * What the form to refer someone to Building Bridges sends: the custody episode chosen.
 */
public class ReferForm {

	private String episode;

	public String getEpisode() {
		return episode;
	}

	public void setEpisode(String episode) {
		this.episode = episode;
	}

}
