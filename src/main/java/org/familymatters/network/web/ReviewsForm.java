package org.familymatters.network.web;

import java.util.ArrayList;
import java.util.List;

/** The plan reviews due that the coordinator adds to the agenda: the families chosen. */
public class ReviewsForm {

	private List<String> families = new ArrayList<>();

	public List<String> getFamilies() {
		return families;
	}

	public void setFamilies(List<String> families) {
		this.families = families;
	}

}
