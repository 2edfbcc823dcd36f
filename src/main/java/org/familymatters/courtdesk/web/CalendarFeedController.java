package org.familymatters.courtdesk.web;

import org.familymatters.courtdesk.internal.CalendarFeeds;
import org.familymatters.shared.security.Public;
import org.familymatters.shared.web.NotFound;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A volunteer's shifts as an iCalendar feed. Calendars cannot sign in, so the link's
 * secret is the only key: an unknown or stopped secret answers 404, as if there were
 * nothing there.
 */
@Controller
class CalendarFeedController {

	static final MediaType CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

	private final CalendarFeeds calendars;

	CalendarFeedController(CalendarFeeds calendars) {
		this.calendars = calendars;
	}

	@Public
	@GetMapping("/court-desk/calendar/{secret}.ics")
	ResponseEntity<String> feed(@PathVariable String secret) {
		var calendar = calendars.feed(secret).orElseThrow(() -> new NotFound("calendar", "link"));
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.cacheControl(CacheControl.noStore())
			.header("Referrer-Policy", "no-referrer")
			.body(calendar);
	}

}
