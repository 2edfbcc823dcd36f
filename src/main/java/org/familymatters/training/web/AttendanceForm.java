package org.familymatters.training.web;

/**
 * What the attendance page sends: the name searched for (a GET filter), or the booking of
 * the person to mark as attended, or whose mark to take back.
 */
public class AttendanceForm {

	private String name;

	private String booking;

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getBooking() {
		return booking;
	}

	public void setBooking(String booking) {
		this.booking = booking;
	}

}
