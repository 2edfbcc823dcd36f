package org.familymatters.directory.web;

/** What the public search sends. Every field is optional. */
public class SupportSearchForm {

	private String q;

	private String need;

	private String place;

	private String age;

	private String weekends;

	public String getQ() {
		return q;
	}

	public void setQ(String q) {
		this.q = q;
	}

	public String getNeed() {
		return need;
	}

	public void setNeed(String need) {
		this.need = need;
	}

	public String getPlace() {
		return place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public String getAge() {
		return age;
	}

	public void setAge(String age) {
		this.age = age;
	}

	public String getWeekends() {
		return weekends;
	}

	public void setWeekends(String weekends) {
		this.weekends = weekends;
	}

	boolean isEmpty() {
		return blank(q) && blank(need) && blank(place) && blank(age) && blank(weekends);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
