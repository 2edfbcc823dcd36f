package org.familymatters.network.web;

import java.util.ArrayList;
import java.util.List;

/** Who attended a meeting, as the coordinator ticked them: users' ids, as sent. */
public class AttendanceForm {

	private List<String> attended = new ArrayList<>();

	public List<String> getAttended() {
		return attended;
	}

	public void setAttended(List<String> attended) {
		this.attended = attended;
	}

}
