package org.familymatters.network.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.familymatters.shared.time.ServiceTime;

import org.springframework.stereotype.Component;

/** The words the network pages show for days and times, as {@code @networkLabels}. */
@Component("networkLabels")
public class NetworkLabels {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);

	public String day(LocalDate day) {
		return (day != null) ? DAY.format(day) : "";
	}

	/** A moment, as the day it fell on in the United Kingdom. */
	public String day(Instant instant) {
		return (instant != null) ? DAY.format(instant.atZone(ServiceTime.ZONE)) : "";
	}

	/** A moment, with its time of day in the United Kingdom. */
	public String moment(Instant instant) {
		return (instant != null) ? MOMENT.format(instant.atZone(ServiceTime.ZONE)) : "";
	}

	/** A text's lines, each a paragraph, without the empty ones. */
	public List<String> paragraphs(String text) {
		if (text == null) {
			return List.of();
		}
		return Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

}
