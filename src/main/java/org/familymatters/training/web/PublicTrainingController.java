package org.familymatters.training.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.familymatters.shared.input.Input;
import org.familymatters.shared.security.Public;
import org.familymatters.shared.web.NotFound;
import org.familymatters.shared.web.Option;
import org.familymatters.training.internal.Courses;
import org.familymatters.training.internal.Material;
import org.familymatters.training.internal.Materials;
import org.familymatters.training.internal.TrainingSession;
import org.familymatters.training.internal.TrainingSessions;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public training pages, for anyone without signing in: the sessions to come (by
 * locality), one session with its course and published materials, past events with their
 * published materials, and a published file to download. Nothing here names anyone
 * booked; an unknown session, or a material that is unknown or not published, is 404.
 */
@Controller
@Public
class PublicTrainingController {

	/** How many past events are listed. */
	static final int EVENTS_LISTED = 30;

	private final Courses courses;

	private final TrainingSessions sessions;

	private final Materials materials;

	private final Clock clock;

	PublicTrainingController(Courses courses, TrainingSessions sessions, Materials materials, Clock clock) {
		this.courses = courses;
		this.sessions = sessions;
		this.materials = materials;
		this.clock = clock;
	}

	@GetMapping("/training")
	String upcoming(@RequestParam(name = "locality", required = false) String locality, Model model) {
		var now = clock.instant();
		var localities = sessions.localities();
		// A locality that is not one of the service's is no filter at all.
		var chosen = Input.identifier(locality)
			.toOptional()
			.filter(id -> localities.stream().anyMatch(l -> l.id().equals(id)))
			.orElse(null);
		model.addAttribute("sessions", sessions.upcoming(chosen).stream().map(s -> SessionRow.of(s, now)).toList());
		model.addAttribute("localityOptions", localities.stream().map(l -> Option.of(l.id(), l.name())).toList());
		model.addAttribute("locality", (chosen != null) ? chosen.toString() : "");
		model.addAttribute("localityName",
				localities.stream()
					.filter(l -> l.id().equals(chosen))
					.map(TrainingSessions.Place::name)
					.findFirst()
					.orElse(null));
		return "training/public-sessions";
	}

	@GetMapping("/training/sessions/{id}")
	String session(@PathVariable UUID id, Model model) {
		var session = sessions.get(id);
		var now = clock.instant();
		model.addAttribute("trainingSession", session);
		model.addAttribute("course", courses.get(session.courseId()));
		model.addAttribute("row", SessionRow.of(session, now));
		model.addAttribute("when", SessionWords.when(session.startsAt(), session.endsAt()));
		model.addAttribute("materials", materials.published(List.of(session.courseId()), List.of(id)));
		model.addAttribute("bookable", session.bookable(now));
		return "training/public-session";
	}

	@GetMapping("/training/events")
	String events(Model model) {
		var now = clock.instant();
		var past = sessions.pastEvents(EVENTS_LISTED);
		var published = materials.published(past.stream().map(TrainingSession::courseId).distinct().toList(),
				past.stream().map(TrainingSession::id).toList());
		var events = new ArrayList<Event>();
		for (var session : past) {
			var own = published.stream()
				.filter(m -> session.id().equals(m.sessionId()) || session.courseId().equals(m.courseId()))
				.toList();
			events.add(new Event(SessionRow.of(session, now), own));
		}
		model.addAttribute("events", events);
		return "training/public-events";
	}

	@GetMapping("/training/materials/{id}")
	ResponseEntity<byte[]> download(@PathVariable UUID id) {
		return file(materials.download(id, true).orElseThrow(() -> new NotFound("training material", id)));
	}

	/** A file to download: an attachment, of its stored type, never sniffed or cached. */
	static ResponseEntity<byte[]> file(Materials.Download download) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(download.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(download.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(download.content());
	}

	/**
	 * A past event and its published materials.
	 *
	 * @param row the session
	 * @param materials its course's and its own published materials
	 */
	record Event(SessionRow row, List<Material> materials) {
	}

}
