package org.familymatters.training.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.familymatters.shared.StaleSave;
import org.familymatters.shared.time.ServiceTime;
import org.familymatters.shared.web.DateParts;
import org.familymatters.shared.web.FormCheck;
import org.familymatters.shared.web.NotFound;
import org.familymatters.shared.web.Option;
import org.familymatters.training.internal.Course;
import org.familymatters.training.internal.Courses;
import org.familymatters.training.internal.Material;
import org.familymatters.training.internal.Materials;
import org.familymatters.training.internal.SessionRules;
import org.familymatters.training.internal.TrainingSession;
import org.familymatters.training.internal.TrainingSessions;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The training coordinators' pages at {@code /training/manage}: the courses and sessions,
 * a course (add, change, its materials and sessions), a session (add, change, cancel, its
 * places booked and waiting list, its materials), adding a file or a link to either, and
 * publishing or unpublishing it. Training coordinators only (anyone else 403); an unknown
 * course, session or material 404.
 */
@Controller
@PreAuthorize("hasRole('TRAINING_COORDINATOR')")
@RequestMapping("/training/manage")
class TrainingAdminController {

	private static final long MEGABYTE = 1024 * 1024;

	/** How many past sessions the index lists. */
	private static final int PAST_LISTED = 10;

	private final Courses courses;

	private final TrainingSessions sessions;

	private final Materials materials;

	private final Clock clock;

	TrainingAdminController(Courses courses, TrainingSessions sessions, Materials materials, Clock clock) {
		this.courses = courses;
		this.sessions = sessions;
		this.materials = materials;
		this.clock = clock;
	}

	@GetMapping
	String index(Model model) {
		var now = clock.instant();
		var managed = sessions.managed(PAST_LISTED);
		model.addAttribute("courses", courses.all());
		model.addAttribute("toCome", managed.toCome().stream().map(s -> SessionRow.of(s, now)).toList());
		model.addAttribute("past", managed.past().stream().map(s -> SessionRow.of(s, now)).toList());
		return "training/manage-index";
	}

	// Courses

	@GetMapping("/courses/new")
	String newCourse(Model model) {
		return courseForm(null, new CourseForm(), model);
	}

	@PostMapping("/courses/new")
	String createCourse(@ModelAttribute("form") CourseForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var details = CourseFormCheck.details(form, false, result);
		if (details.isEmpty()) {
			return courseForm(null, form, model);
		}
		var d = details.get();
		var id = courses.create(d.kind(), d.title(), d.audience(), d.outcomes());
		redirect.addFlashAttribute("message", "Course added: now add its sessions");
		return "redirect:/training/manage/courses/" + id;
	}

	@GetMapping("/courses/{id}")
	String course(@PathVariable UUID id, Model model) {
		var course = courses.get(id);
		var now = clock.instant();
		model.addAttribute("course", course);
		model.addAttribute("materials", materials.ofCourse(id));
		model.addAttribute("sessions", sessions.ofCourse(id).stream().map(s -> SessionRow.of(s, now)).toList());
		return "training/manage-course";
	}

	@GetMapping("/courses/{id}/edit")
	String changeCourseForm(@PathVariable UUID id, Model model) {
		var course = courses.get(id);
		return courseForm(course, CourseForm.of(course), model);
	}

	@PostMapping("/courses/{id}/edit")
	String changeCourse(@PathVariable UUID id, @ModelAttribute("form") CourseForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		var course = courses.get(id);
		var details = CourseFormCheck.details(form, true, result);
		if (details.isEmpty()) {
			return courseForm(course, form, model);
		}
		var d = details.get();
		if (!FormCheck.of(result, CourseFormCheck.PREFIX)
			.saved(() -> courses.change(id, d.version(), d.kind(), d.title(), d.audience(), d.outcomes()))) {
			return courseForm(course, form, model);
		}
		redirect.addFlashAttribute("message", "Course changed");
		return "redirect:/training/manage/courses/" + id;
	}

	private String courseForm(Course course, CourseForm form, Model model) {
		model.addAttribute("course", course);
		model.addAttribute("form", form);
		model.addAttribute("kindOptions",
				Arrays.stream(Course.Kind.values()).map(k -> new Option(k.name(), k.label(), k.hint())).toList());
		model.addAttribute("action", (course != null) ? "/training/manage/courses/" + course.id() + "/edit"
				: "/training/manage/courses/new");
		model.addAttribute("back", (course != null) ? "/training/manage/courses/" + course.id() : "/training/manage");
		return "training/manage-course-form";
	}

	// Sessions

	@GetMapping("/courses/{id}/sessions/new")
	String newSession(@PathVariable UUID id, Model model) {
		var course = courses.get(id);
		var form = new SessionForm();
		form.setDate(DateParts.of(LocalDate.ofInstant(clock.instant(), ServiceTime.ZONE).plusWeeks(4)));
		form.setStartsAt("09:30");
		form.setEndsAt("13:00");
		form.setCapacity("20");
		return sessionForm(course, null, form, model);
	}

	@PostMapping("/courses/{id}/sessions/new")
	String createSession(@PathVariable UUID id, @ModelAttribute("form") SessionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		var course = courses.get(id);
		var details = SessionFormCheck.details(form, clock.instant(), 0, false, localityIds(), trainerIds(), result);
		if (details.isEmpty()) {
			return sessionForm(course, null, form, model);
		}
		UUID sessionId;
		try {
			sessionId = sessions.create(id, details.get());
		}
		catch (SessionRules.Broken ex) {
			SessionFormCheck.reject(ex.problems(), result);
			return sessionForm(course, null, form, model);
		}
		redirect.addFlashAttribute("message", "Session added: it is on the public training page");
		return "redirect:/training/manage/sessions/" + sessionId;
	}

	@GetMapping("/sessions/{id}")
	String session(@PathVariable UUID id, Model model) {
		var session = sessions.get(id);
		var now = clock.instant();
		model.addAttribute("trainingSession", session);
		model.addAttribute("row", SessionRow.of(session, now));
		model.addAttribute("when", SessionWords.when(session.startsAt(), session.endsAt()));
		model.addAttribute("trainers",
				sessions.trainers(id).stream().map(TrainingSessions.Person::name).collect(Collectors.joining(", ")));
		model.addAttribute("changeable", session.changeable(now));
		model.addAttribute("materials", materials.ofSession(id));
		return "training/manage-session";
	}

	@GetMapping("/sessions/{id}/edit")
	String changeSessionForm(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
		var session = sessions.get(id);
		if (!session.changeable(clock.instant())) {
			return closed(session, redirect);
		}
		return sessionForm(courses.get(session.courseId()), session, SessionForm.of(session, sessions.trainers(id)),
				model);
	}

	@PostMapping("/sessions/{id}/edit")
	String changeSession(@PathVariable UUID id, @ModelAttribute("form") SessionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		var session = sessions.get(id);
		var course = courses.get(session.courseId());
		var details = SessionFormCheck.details(form, clock.instant(), session.booked(), true, localityIds(),
				trainerIds(), result);
		if (details.isEmpty()) {
			return sessionForm(course, session, form, model);
		}
		var check = FormCheck.of(result, SessionFormCheck.PREFIX);
		try {
			if (!check.saved(() -> sessions.change(id, SessionFormCheck.version(form.getVersion()), details.get()))) {
				return sessionForm(course, session, form, model);
			}
		}
		catch (SessionRules.Broken ex) {
			SessionFormCheck.reject(ex.problems(), result);
			return sessionForm(course, session, form, model);
		}
		catch (TrainingSessions.SessionClosed ex) {
			return closed(session, redirect);
		}
		redirect.addFlashAttribute("message",
				"Session changed: if its date, time or place changed, everyone booked is being told");
		return "redirect:/training/manage/sessions/" + id;
	}

	@GetMapping("/sessions/{id}/cancel")
	String cancelForm(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
		var session = sessions.get(id);
		if (!session.changeable(clock.instant())) {
			return closed(session, redirect);
		}
		model.addAttribute("trainingSession", session);
		model.addAttribute("when", SessionWords.when(session.startsAt(), session.endsAt()));
		return "training/manage-session-cancel";
	}

	@PostMapping("/sessions/{id}/cancel")
	String cancel(@PathVariable UUID id, @RequestParam(name = "version", required = false) String version,
			RedirectAttributes redirect) {
		var session = sessions.get(id);
		try {
			sessions.cancel(id, SessionFormCheck.version(version));
			redirect.addFlashAttribute("message", "Session cancelled: everyone booked is being told");
		}
		catch (TrainingSessions.SessionClosed ex) {
			return closed(session, redirect);
		}
		catch (StaleSave ex) {
			redirect.addFlashAttribute("problem",
					"Someone else changed this session while you were looking at it. Check it, then cancel it again if you still need to.");
		}
		return "redirect:/training/manage/sessions/" + id;
	}

	private String sessionForm(Course course, TrainingSession session, SessionForm form, Model model) {
		model.addAttribute("course", course);
		model.addAttribute("trainingSession", session);
		model.addAttribute("form", form);
		model.addAttribute("localityOptions",
				sessions.localities()
					.stream()
					.map(l -> Option.of(l.id(), l.name() + " (" + l.county() + ")"))
					.toList());
		model.addAttribute("trainerOptions",
				sessions.possibleTrainers().stream().map(p -> Option.of(p.id(), p.name())).toList());
		model.addAttribute("action", (session != null) ? "/training/manage/sessions/" + session.id() + "/edit"
				: "/training/manage/courses/" + course.id() + "/sessions/new");
		model.addAttribute("back", (session != null) ? "/training/manage/sessions/" + session.id()
				: "/training/manage/courses/" + course.id());
		return "training/manage-session-form";
	}

	private String closed(TrainingSession session, RedirectAttributes redirect) {
		redirect.addFlashAttribute("problem", session.cancelled() ? "This session was cancelled: it cannot be changed."
				: "This session has started: it can no longer be changed or cancelled.");
		return "redirect:/training/manage/sessions/" + session.id();
	}

	private Set<UUID> localityIds() {
		return sessions.localities().stream().map(TrainingSessions.Place::id).collect(Collectors.toSet());
	}

	private Set<UUID> trainerIds() {
		return sessions.possibleTrainers().stream().map(TrainingSessions.Person::id).collect(Collectors.toSet());
	}

	// Materials

	@GetMapping("/courses/{id}/materials/new")
	String newCourseMaterial(@PathVariable UUID id, Model model) {
		var course = courses.get(id);
		return materialForm(course, null, new MaterialForm(), model);
	}

	@PostMapping("/courses/{id}/materials/new")
	String addCourseMaterial(@PathVariable UUID id, @ModelAttribute("form") MaterialForm form, BindingResult result,
			Model model, RedirectAttributes redirect) throws IOException {
		var course = courses.get(id);
		if (!addMaterial(Materials.Owner.course(id), form, result)) {
			return materialForm(course, null, form, model);
		}
		redirect.addFlashAttribute("message", "Material added");
		return "redirect:/training/manage/courses/" + id;
	}

	@GetMapping("/sessions/{id}/materials/new")
	String newSessionMaterial(@PathVariable UUID id, Model model) {
		var session = sessions.get(id);
		return materialForm(courses.get(session.courseId()), session, new MaterialForm(), model);
	}

	@PostMapping("/sessions/{id}/materials/new")
	String addSessionMaterial(@PathVariable UUID id, @ModelAttribute("form") MaterialForm form, BindingResult result,
			Model model, RedirectAttributes redirect) throws IOException {
		var session = sessions.get(id);
		if (!addMaterial(Materials.Owner.session(id), form, result)) {
			return materialForm(courses.get(session.courseId()), session, form, model);
		}
		redirect.addFlashAttribute("message", "Material added");
		return "redirect:/training/manage/sessions/" + id;
	}

	@GetMapping("/materials/{id}")
	ResponseEntity<byte[]> download(@PathVariable UUID id) {
		return PublicTrainingController.file(materials.download(id, false).orElseThrow(() -> new NotFound("file", id)));
	}

	@PostMapping("/materials/{id}/publish")
	String publish(@PathVariable UUID id, RedirectAttributes redirect) {
		var material = materials.publish(id, true);
		redirect.addFlashAttribute("message", "Published: “" + material.title() + "” is on the public pages");
		return "redirect:" + ownerPage(material);
	}

	@PostMapping("/materials/{id}/unpublish")
	String unpublish(@PathVariable UUID id, RedirectAttributes redirect) {
		var material = materials.publish(id, false);
		redirect.addFlashAttribute("message",
				"Unpublished: “" + material.title() + "” is no longer on the public pages");
		return "redirect:" + ownerPage(material);
	}

	private boolean addMaterial(Materials.Owner owner, MaterialForm form, BindingResult result) throws IOException {
		MultipartFile file = form.getFile();
		long size = (file != null) ? file.getSize() : 0;
		boolean sent = size > 0;
		byte[] content = (sent && size <= materials.maxBytes()) ? file.getBytes() : null;
		Optional<String> problem = sent ? materials.problem(size, (content != null) ? content : new byte[] { 0 })
				: Optional.empty();
		var details = MaterialFormCheck.details(form, sent, problem, materials.maxBytes() / MEGABYTE, result);
		if (details.isEmpty()) {
			return false;
		}
		var d = details.get();
		materials.add(owner, new Materials.NewMaterial(d.title(), sent ? file.getOriginalFilename() : null, content,
				d.url(), d.published()));
		return true;
	}

	private String materialForm(Course course, TrainingSession session, MaterialForm form, Model model) {
		model.addAttribute("course", course);
		model.addAttribute("trainingSession", session);
		model.addAttribute("when", (session != null) ? SessionWords.when(session.startsAt(), session.endsAt()) : null);
		model.addAttribute("form", form);
		model.addAttribute("maxMegabytes", materials.maxBytes() / MEGABYTE);
		model.addAttribute("publishedOptions", List.of(new Option("YES", "Yes, show it on the public pages now", null),
				new Option("NO", "No, keep it here until I publish it", null)));
		model.addAttribute("action", (session != null) ? "/training/manage/sessions/" + session.id() + "/materials/new"
				: "/training/manage/courses/" + course.id() + "/materials/new");
		model.addAttribute("back", (session != null) ? "/training/manage/sessions/" + session.id()
				: "/training/manage/courses/" + course.id());
		return "training/manage-material-form";
	}

	private static String ownerPage(Material material) {
		return (material.sessionId() != null) ? "/training/manage/sessions/" + material.sessionId()
				: "/training/manage/courses/" + material.courseId();
	}

}
