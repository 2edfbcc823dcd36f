package org.familymatters.privacy.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.familymatters.shared.privacy.PackageWords;

import org.springframework.stereotype.Component;

/** Words for the privacy templates ({@code @privacyWords} in a template, the PDF too). */
@Component("privacyWords")
public class PrivacyWords {

	public String date(LocalDate day) {
		return PackageWords.date(day);
	}

	public String time(Instant moment) {
		return PackageWords.time(moment);
	}

	/** "Another person's information" as "another person's information". */
	public String lowerFirst(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		return text.substring(0, 1).toLowerCase(Locale.UK) + text.substring(1);
	}

}
