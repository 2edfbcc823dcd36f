package org.familymatters.network.web;

import org.familymatters.shared.web.DateParts;

/**
 * What the coordinator's form of the day a member's organisation confirmed its backing
 * sends.
 */
public class BackingForm {

	private DateParts confirmedOn = new DateParts();

	public DateParts getConfirmedOn() {
		return confirmedOn;
	}

	public void setConfirmedOn(DateParts confirmedOn) {
		this.confirmedOn = confirmedOn;
	}

}
