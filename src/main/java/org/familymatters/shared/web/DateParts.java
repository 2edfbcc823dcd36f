package org.familymatters.shared.web;

import java.time.LocalDate;
import java.util.Optional;

import org.familymatters.shared.input.Input;

/**
 * What a GOV.UK date input sends: day, month and year as typed.
 */
public class DateParts {

	private String day;

	private String month;

	private String year;

	public static DateParts of(LocalDate date) {
		var parts = new DateParts();
		if (date != null) {
			parts.day = String.valueOf(date.getDayOfMonth());
			parts.month = String.valueOf(date.getMonthValue());
			parts.year = String.valueOf(date.getYear());
		}
		return parts;
	}

	public boolean isEmpty() {
		return blank(day) && blank(month) && blank(year);
	}

	/** The date, if the three parts make a real one with a four-digit year. */
	public Optional<LocalDate> toDate() {
		return Input.date(day, month, year).toOptional();
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	public String getDay() {
		return day;
	}

	public void setDay(String day) {
		this.day = day;
	}

	public String getMonth() {
		return month;
	}

	public void setMonth(String month) {
		this.month = month;
	}

	public String getYear() {
		return year;
	}

	public void setYear(String year) {
		this.year = year;
	}

}
