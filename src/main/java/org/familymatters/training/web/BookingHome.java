package org.familymatters.training.web;

import java.util.ArrayList;
import java.util.List;

import org.familymatters.shared.security.SignedInUser;
import org.familymatters.shared.web.HomeContribution;
import org.familymatters.shared.web.HomeSection;
import org.familymatters.training.internal.BookingRules;
import org.familymatters.training.internal.Bookings;

import org.springframework.stereotype.Component;

/**
 * "Your training" on a signed-in staff user's home page: their places (and places on
 * waiting lists) on sessions to come, soonest first, each a link to see or cancel it.
 * Nothing for someone with none.
 */
@Component
class BookingHome implements HomeContribution {

	/** How many bookings the section lists. */
	static final int SHOWN = 5;

	private final Bookings bookings;

	BookingHome(Bookings bookings) {
		this.bookings = bookings;
	}

	@Override
	public List<HomeSection> sections(SignedInUser user) {
		var upcoming = bookings.upcomingOf(user.id(), SHOWN);
		if (upcoming.isEmpty()) {
			return List.of();
		}
		var items = new ArrayList<HomeSection.Item>();
		for (var booking : upcoming) {
			items.add(new HomeSection.Item(booking.title(), "/training/your-bookings/" + booking.bookingId(),
					BookingRules.when(booking.startsAt(), booking.endsAt())
							+ (booking.waiting() ? " (on the waiting list)" : "")));
		}
		return List.of(new HomeSection("Your training", upcoming.size(),
				"The training sessions you have booked. Open one to see the joining details or cancel your place.",
				items, List.of(), 90));
	}

}
