package org.familymatters.training.web;

import java.util.UUID;

import org.familymatters.shared.security.CurrentUser;
import org.familymatters.shared.security.Public;
import org.familymatters.shared.security.SignedIn;
import org.familymatters.shared.web.FormCheck;
import org.familymatters.shared.web.NotFound;
import org.familymatters.training.internal.Booking;
import org.familymatters.training.internal.BookingLinks;
import org.familymatters.training.internal.BookingRules;
import org.familymatters.training.internal.Bookings;
import org.familymatters.training.internal.SessionSeats;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Booking a place on a training session, without an account: the form (name, work e-mail,
 * organisation, sector, role, seniority, and a honeypot field people never see), "Join
 * the waiting list" offered when the session is full (never joined silently), and the
 * thank-you page. A signed-in staff user with an e-mail address books with one click.
 * Whoever booked manages the booking through the link in their e-mails
 * ({@code /training/bookings/{secret}}), staff also from their home page
 * ({@code /training/your-bookings/{id}}): see it, and cancel the place. An unknown,
 * cancelled or started session, and an unknown or cancelled booking, are 404.
 */
@Controller
class BookingController {

	private static final String WAITING_LIST = "yes";

	private final Bookings bookings;

	private final CurrentUser currentUser;

	BookingController(Bookings bookings, CurrentUser currentUser) {
		this.bookings = bookings;
		this.currentUser = currentUser;
	}

	@GetMapping("/training/sessions/{id}/book")
	@Public
	String form(@PathVariable UUID id, @ModelAttribute("form") BookingForm form, Model model) {
		return formPage(bookings.openSession(id), false, model);
	}

	@PostMapping("/training/sessions/{id}/book")
	@Public
	String book(@PathVariable UUID id, @ModelAttribute("form") BookingForm form, BindingResult result,
			@RequestParam(name = "waitingList", required = false) String waitingList, Model model,
			RedirectAttributes redirect) {
		var session = bookings.openSession(id);
		if (BookingFormCheck.byABot(form)) {
			// Nothing saved, and the same answer as a booking: no hint to the program.
			return done(id, new Bookings.Outcome(Bookings.Result.BOOKED, null, 0), redirect);
		}
		var trainee = BookingFormCheck.trainee(form, result);
		if (trainee.isEmpty()) {
			return formPage(session, false, model);
		}
		var outcome = bookings.book(id, trainee.get(), null, WAITING_LIST.equals(waitingList));
		return switch (outcome.result()) {
			case BOOKED, WAITING -> done(id, outcome, redirect);
			case FULL -> formPage(bookings.openSession(id), true, model);
			case ALREADY_BOOKED -> {
				FormCheck.of(result, BookingFormCheck.PREFIX).reject("email", "already");
				yield formPage(session, false, model);
			}
		};
	}

	/** One click: a signed-in staff user books a place as themselves. */
	@PostMapping("/training/sessions/{id}/book/as-me")
	@SignedIn
	String bookAsMe(@PathVariable UUID id, @RequestParam(name = "waitingList", required = false) String waitingList,
			Model model, RedirectAttributes redirect) {
		var session = bookings.openSession(id);
		var trainee = bookings.staffTrainee(currentUser.get().id());
		if (trainee.isEmpty()) {
			return "redirect:/training/sessions/" + id + "/book";
		}
		var outcome = bookings.book(id, trainee.get(), currentUser.get().id(), WAITING_LIST.equals(waitingList));
		return switch (outcome.result()) {
			case BOOKED, WAITING -> done(id, outcome, redirect);
			case FULL -> formPage(bookings.openSession(id), true, model.addAttribute("form", new BookingForm()));
			case ALREADY_BOOKED -> formPage(session, false, model.addAttribute("form", new BookingForm()));
		};
	}

	/**
	 * Thank you: a place, or a number on the waiting list, and the e-mail to look for.
	 */
	@GetMapping("/training/sessions/{id}/booked")
	@Public
	String booked(@PathVariable UUID id, Model model) {
		var session = bookings.openSession(id);
		model.addAttribute("trainingSession", session);
		model.addAttribute("when", when(session));
		return "training/booking-done";
	}

	@GetMapping(BookingLinks.PATH + "cancelled")
	@Public
	String cancelled() {
		return "training/booking-cancelled";
	}

	@GetMapping(BookingLinks.PATH + "{secret}")
	@Public
	String manage(@PathVariable String secret, Model model) {
		var booking = bySecret(secret);
		return managePage(booking, BookingLinks.PATH + secret, model);
	}

	@GetMapping(BookingLinks.PATH + "{secret}/cancel")
	@Public
	String confirmCancel(@PathVariable String secret, Model model) {
		var booking = bySecret(secret);
		return cancelPage(booking, BookingLinks.PATH + secret, model);
	}

	@PostMapping(BookingLinks.PATH + "{secret}/cancel")
	@Public
	String cancel(@PathVariable String secret) {
		if (!bookings.cancel(bySecret(secret).id())) {
			return "redirect:" + BookingLinks.PATH + secret;
		}
		return "redirect:" + BookingLinks.PATH + "cancelled";
	}

	@GetMapping("/training/your-bookings/{id}")
	@SignedIn
	String manageOwn(@PathVariable UUID id, Model model) {
		return managePage(own(id), "/training/your-bookings/" + id, model);
	}

	@GetMapping("/training/your-bookings/{id}/cancel")
	@SignedIn
	String confirmCancelOwn(@PathVariable UUID id, Model model) {
		return cancelPage(own(id), "/training/your-bookings/" + id, model);
	}

	@PostMapping("/training/your-bookings/{id}/cancel")
	@SignedIn
	String cancelOwn(@PathVariable UUID id) {
		if (!bookings.cancel(own(id).id())) {
			return "redirect:/training/your-bookings/" + id;
		}
		return "redirect:" + BookingLinks.PATH + "cancelled";
	}

	private Booking bySecret(String secret) {
		return bookings.bySecret(secret).orElseThrow(() -> new NotFound(Bookings.RECORD, "link"));
	}

	private Booking own(UUID id) {
		return bookings.liveOf(id, currentUser.get().id()).orElseThrow(() -> new NotFound(Bookings.RECORD, id));
	}

	private String done(UUID sessionId, Bookings.Outcome outcome, RedirectAttributes redirect) {
		redirect.addFlashAttribute("result", outcome.result().name());
		redirect.addFlashAttribute("waitingNumber", outcome.waitingNumber());
		return "redirect:/training/sessions/" + sessionId + "/booked";
	}

	/**
	 * The booking page: the session, one click for staff with an e-mail address (or their
	 * booking, if they have one), and the form; {@code full} when a booking found it full
	 * (the waiting list offered).
	 */
	private String formPage(SessionSeats.Seats session, boolean full, Model model) {
		model.addAttribute("trainingSession", session);
		model.addAttribute("when", when(session));
		model.addAttribute("where", session.where());
		model.addAttribute("full", full || session.full());
		model.addAttribute("foundFull", full);
		model.addAttribute("sectorOptions", BookingFormCheck.sectors());
		model.addAttribute("roleOptions", BookingFormCheck.roles());
		model.addAttribute("seniorityOptions", BookingFormCheck.seniorities());
		currentUser.find().ifPresent(user -> bookings.staffTrainee(user.id()).ifPresent(me -> {
			model.addAttribute("me", me);
			bookings.liveOn(session.id(), me.email()).ifPresent(mine -> {
				model.addAttribute("myBooking", mine);
				model.addAttribute("myBookingHref",
						user.id().equals(mine.userId()) ? "/training/your-bookings/" + mine.id() : null);
			});
		}));
		return "training/booking-form";
	}

	private String managePage(Booking booking, String base, Model model) {
		var session = bookings.session(booking);
		model.addAttribute("booking", booking);
		model.addAttribute("trainingSession", session);
		model.addAttribute("when", when(session));
		model.addAttribute("where", session.where());
		model.addAttribute("waitingNumber", bookings.waitingNumber(booking));
		model.addAttribute("cancelHref", session.started(bookings.now()) ? null : base + "/cancel");
		return "training/booking-manage";
	}

	private String cancelPage(Booking booking, String base, Model model) {
		var session = bookings.session(booking);
		if (session.started(bookings.now())) {
			return "redirect:" + base;
		}
		model.addAttribute("booking", booking);
		model.addAttribute("trainingSession", session);
		model.addAttribute("when", when(session));
		model.addAttribute("back", base);
		model.addAttribute("action", base + "/cancel");
		return "training/booking-cancel";
	}

	private static String when(SessionSeats.Seats session) {
		return BookingRules.when(session.startsAt(), session.endsAt());
	}

}
