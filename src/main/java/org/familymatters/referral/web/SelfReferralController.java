package org.familymatters.referral.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.familymatters.directory.Taxonomies;
import org.familymatters.family.FamilyRole;
import org.familymatters.identity.Localities;
import org.familymatters.referral.ReferralIntake;
import org.familymatters.referral.ReferralRefused;
import org.familymatters.referral.internal.SelfReferralAnswers;
import org.familymatters.referral.internal.SelfReferralDrafts;
import org.familymatters.shared.input.Input;
import org.familymatters.shared.security.Public;
import org.familymatters.shared.time.ServiceTime;
import org.familymatters.shared.web.DateParts;
import org.familymatters.shared.web.FormCheck;
import org.familymatters.shared.web.Option;
import org.familymatters.shared.web.SummaryRow;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A family asks for support themselves, without signing in, on question pages (the GOV.UK
 * pattern): where they live, about them, how to contact them, their address, the others
 * in the family, what is happening, then "Check your answers" and Send. Each page is
 * checked by its fields and kept in a draft found by a secret in the writer's browser (a
 * cookie; never in the address, never a session attribute), so that every page is a plain
 * link to go back or change an answer. Nothing becomes a referral until Send, which
 * deletes the draft; a plain-English notice says who sees what they tell us, why, and for
 * how long. The locality's internal criteria are never shown: they are worked out from
 * the answers for the support workers.
 */
@Controller
@Public
@RequestMapping("/ask-for-support")
class SelfReferralController {

	/** The cookie that holds the draft's secret. */
	static final String COOKIE = "fm-ask-for-support";

	private static final String BASE = "/ask-for-support";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	/** Which of the family's places is the person asking's, in their words. */
	private static final List<Option> YOU_ARE = List.of(
			new Option(FamilyRole.PARENT_OR_CARER.name(), "A parent or carer of children in the family", null),
			new Option(FamilyRole.PARTNER.name(), "The partner of someone in prison or facing court", null),
			new Option(FamilyRole.CHILD.name(), "The son or daughter of someone in prison or facing court", null),
			new Option(FamilyRole.OTHER_RELATIVE.name(), "Another relative", null),
			new Option(FamilyRole.IN_CUSTODY.name(), "The person who is in prison, or facing court", null));

	/** The most other people one request may name (the person asking is one more). */
	private static final int MAX_OTHERS = ReferralIntake.MAX_PEOPLE - 1;

	private final SelfReferralDrafts drafts;

	private final ReferralIntake intake;

	private final Localities localities;

	private final Taxonomies taxonomies;

	private final Clock clock;

	SelfReferralController(SelfReferralDrafts drafts, ReferralIntake intake, Localities localities,
			Taxonomies taxonomies, Clock clock) {
		this.drafts = drafts;
		this.intake = intake;
		this.localities = localities;
		this.taxonomies = taxonomies;
		this.clock = clock;
	}

	/** The start page: what we ask, who reads it, and Start now. */
	@GetMapping
	String start(@RequestParam(name = "expired", required = false) String expired, Model model) {
		model.addAttribute("expired", expired != null);
		return "referral/ask/start";
	}

	@GetMapping("/where")
	String where(@ModelAttribute("form") AskForm form, @CookieValue(name = COOKIE, required = false) String secret,
			Model model) {
		var answers = drafts.find(secret).orElseGet(SelfReferralAnswers::new);
		form.setLocalityId(answers.getLocalityId());
		return wherePage(form, model);
	}

	@PostMapping("/where")
	String where(@ModelAttribute("form") AskForm form, BindingResult result,
			@CookieValue(name = COOKIE, required = false) String secret, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		var draft = drafts.find(secret);
		var answers = draft.orElseGet(SelfReferralAnswers::new);
		if (!AskFormCheck.where(form, FormCheck.of(result, AskFormCheck.PREFIX),
				id -> localities.findById(id).isPresent(), answers)) {
			return wherePage(form, model);
		}
		var kept = draft.isPresent() ? secret : SelfReferralDrafts.newSecret();
		drafts.save(kept, answers);
		if (draft.isEmpty()) {
			response.addHeader(HttpHeaders.SET_COOKIE, cookie(kept, request.isSecure(), false));
		}
		return next("you", form);
	}

	@GetMapping("/you")
	String you(@ModelAttribute("form") AskForm form, @CookieValue(name = COOKIE, required = false) String secret,
			Model model) {
		return withDraft(secret, answers -> {
			form.setGivenName(answers.getGivenName());
			form.setFamilyName(answers.getFamilyName());
			form.setRole(answers.getRole());
			return youPage(form, model);
		});
	}

	@PostMapping("/you")
	String you(@ModelAttribute("form") AskForm form, BindingResult result,
			@CookieValue(name = COOKIE, required = false) String secret, Model model) {
		return withDraft(secret, answers -> {
			if (!AskFormCheck.you(form, FormCheck.of(result, AskFormCheck.PREFIX), answers)) {
				return youPage(form, model);
			}
			drafts.save(secret, answers);
			return next("contact", form);
		});
	}

	@GetMapping("/contact")
	String contact(@ModelAttribute("form") AskForm form, @CookieValue(name = COOKIE, required = false) String secret,
			Model model) {
		return withDraft(secret, answers -> {
			form.setPhone(answers.getPhone());
			form.setEmail(answers.getEmail());
			form.setBestTimeToCall(answers.getBestTimeToCall());
			return page("contact", "you", form, model);
		});
	}

	@PostMapping("/contact")
	String contact(@ModelAttribute("form") AskForm form, BindingResult result,
			@CookieValue(name = COOKIE, required = false) String secret, Model model) {
		return withDraft(secret, answers -> {
			if (!AskFormCheck.contact(form, FormCheck.of(result, AskFormCheck.PREFIX), answers)) {
				return page("contact", "you", form, model);
			}
			drafts.save(secret, answers);
			return next("address", form);
		});
	}

	@GetMapping("/address")
	String address(@ModelAttribute("form") AskForm form, @CookieValue(name = COOKIE, required = false) String secret,
			Model model) {
		return withDraft(secret, answers -> {
			form.setAddressLine1(answers.getAddressLine1());
			form.setAddressLine2(answers.getAddressLine2());
			form.setTown(answers.getTown());
			form.setPostcode(answers.getPostcode());
			return page("address", "contact", form, model);
		});
	}

	@PostMapping("/address")
	String address(@ModelAttribute("form") AskForm form, BindingResult result,
			@CookieValue(name = COOKIE, required = false) String secret, Model model) {
		return withDraft(secret, answers -> {
			if (!AskFormCheck.address(form, FormCheck.of(result, AskFormCheck.PREFIX), answers)) {
				return page("address", "contact", form, model);
			}
			drafts.save(secret, answers);
			return next("people", form);
		});
	}

	/** The others in the family named so far, with Add, Change and Remove. */
	@GetMapping("/people")
	String people(@ModelAttribute("form") AskForm form, @CookieValue(name = COOKIE, required = false) String secret,
			Model model) {
		return withDraft(secret, answers -> {
			model.addAttribute("people", relatives(answers, form.fromCheck()));
			model.addAttribute("full", answers.getPeople().size() >= MAX_OTHERS);
			model.addAttribute("continueHref", form.fromCheck() ? BASE + "/check" : BASE + "/story");
			return page("people", "address", form, model);
		});
	}

	@GetMapping("/people/new")
	String newPerson(@ModelAttribute("form") AskForm form, @CookieValue(name = COOKIE, required = false) String secret,
			Model model) {
		return withDraft(secret, answers -> personPage(form, null, model));
	}

	@PostMapping("/people/new")
	String addPerson(@ModelAttribute("form") AskForm form, BindingResult result,
			@CookieValue(name = COOKIE, required = false) String secret, Model model) {
		return withDraft(secret, answers -> {
			var person = AskFormCheck.person(form, FormCheck.of(result, AskFormCheck.PERSON_PREFIX), today());
			if (person == null) {
				return personPage(form, null, model);
			}
			if (answers.getPeople().size() < MAX_OTHERS) {
				answers.getPeople().add(person);
				drafts.save(secret, answers);
			}
			return peopleNext(form);
		});
	}

	@GetMapping("/people/{number}")
	String changePerson(@PathVariable String number, @ModelAttribute("form") AskForm form,
			@CookieValue(name = COOKIE, required = false) String secret, Model model) {
		return withDraft(secret, answers -> {
			int index = index(number, answers);
			if (index < 0) {
				return "redirect:" + BASE + "/people";
			}
			var person = answers.getPeople().get(index);
			form.setGivenName(person.getGivenName());
			form.setFamilyName(person.getFamilyName());
			form.setRole(person.getRole());
			form.setDateOfBirth(
					(person.birthDate() != null) ? DateParts.of(person.birthDate()) : form.getDateOfBirth());
			return personPage(form, index + 1, model);
		});
	}

	@PostMapping("/people/{number}")
	String savePerson(@PathVariable String number, @ModelAttribute("form") AskForm form, BindingResult result,
			@CookieValue(name = COOKIE, required = false) String secret, Model model) {
		return withDraft(secret, answers -> {
			int index = index(number, answers);
			if (index < 0) {
				return "redirect:" + BASE + "/people";
			}
			var person = AskFormCheck.person(form, FormCheck.of(result, AskFormCheck.PERSON_PREFIX), today());
			if (person == null) {
				return personPage(form, index + 1, model);
			}
			answers.getPeople().set(index, person);
			drafts.save(secret, answers);
			return peopleNext(form);
		});
	}

	@PostMapping("/people/{number}/remove")
	String removePerson(@PathVariable String number, @ModelAttribute("form") AskForm form,
			@CookieValue(name = COOKIE, required = false) String secret) {
		return withDraft(secret, answers -> {
			int index = index(number, answers);
			if (index >= 0) {
				answers.getPeople().remove(index);
				drafts.save(secret, answers);
			}
			return "redirect:" + BASE + "/people" + (form.fromCheck() ? "?returnTo=check" : "");
		});
	}

	@GetMapping("/story")
	String story(@ModelAttribute("form") AskForm form, @CookieValue(name = COOKIE, required = false) String secret,
			Model model) {
		return withDraft(secret, answers -> {
			form.setStory(answers.getStory());
			form.setNeeds(new ArrayList<>(answers.getNeeds()));
			return storyPage(form, model);
		});
	}

	@PostMapping("/story")
	String story(@ModelAttribute("form") AskForm form, BindingResult result,
			@CookieValue(name = COOKIE, required = false) String secret, Model model) {
		return withDraft(secret, answers -> {
			if (!AskFormCheck.story(form, FormCheck.of(result, AskFormCheck.PREFIX),
					id -> taxonomies.term(id).isPresent(), answers)) {
				return storyPage(form, model);
			}
			drafts.save(secret, answers);
			return "redirect:" + BASE + "/check";
		});
	}

	/** Check your answers, each with Change; the agreement to be contacted; Send. */
	@GetMapping("/check")
	String check(@ModelAttribute("form") AskForm form, @CookieValue(name = COOKIE, required = false) String secret,
			Model model) {
		return withDraft(secret, answers -> {
			var missing = answers.firstMissing();
			if (missing != null) {
				return "redirect:" + BASE + "/" + missing;
			}
			form.setIdempotencyKey(UUID.randomUUID().toString());
			return checkPage(answers, model);
		});
	}

	/**
	 * Send: the answers go to the intake, which checks them all again; the referral is
	 * saved, the draft deleted, and the confirmation shown. A problem the intake finds is
	 * shown at the top, with Change beside each answer.
	 */
	@PostMapping("/check")
	String send(@ModelAttribute("form") AskForm form, BindingResult result,
			@CookieValue(name = COOKIE, required = false) String secret, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		var key = Input.identifier(form.getIdempotencyKey()).toOptional().orElse(null);
		var earlier = (key != null) ? intake.received(key) : Optional.<ReferralIntake.Received>empty();
		if (earlier.isPresent()) {
			// Sent before with this key (the answer was lost; the draft is gone):
			// acknowledged again, nothing stored.
			redirect.addFlashAttribute("reference", earlier.get().reference());
			return "redirect:" + BASE + "/sent";
		}
		return withDraft(secret, answers -> {
			var missing = answers.firstMissing();
			if (missing != null) {
				return "redirect:" + BASE + "/" + missing;
			}
			var check = FormCheck.of(result, AskFormCheck.PREFIX);
			boolean agreed = AskFormCheck.agreed(form, check);
			var referral = answers.referral(agreed, today());
			if (agreed) {
				intake.check(referral).forEach(problem -> check.rejectForm(problem.code()));
			}
			if (check.failed()) {
				return checkPage(answers, model);
			}
			ReferralIntake.Received received;
			try {
				received = intake.receive(referral, key);
			}
			catch (ReferralRefused refused) {
				refused.problems().forEach(problem -> check.rejectForm(problem.code()));
				return checkPage(answers, model);
			}
			drafts.delete(secret);
			response.addHeader(HttpHeaders.SET_COOKIE, cookie("", request.isSecure(), true));
			redirect.addFlashAttribute("reference", received.reference());
			redirect.addFlashAttribute("localityName",
					localities.findById(answers.locality()).map(l -> l.name()).orElse(null));
			redirect.addFlashAttribute("byPhone", answers.getPhone() != null);
			redirect.addFlashAttribute("byEmail", answers.getEmail() != null);
			redirect.addFlashAttribute("bestTime", answers.getBestTimeToCall());
			return "redirect:" + BASE + "/sent";
		});
	}

	@GetMapping("/sent")
	String sent(Model model) {
		model.addAttribute("self", true);
		return "referral/sent";
	}

	/**
	 * The page for a draft: with its answers when the browser holds the secret of a
	 * current draft, else back to the start, which says the answers were not kept.
	 */
	private String withDraft(String secret, Function<SelfReferralAnswers, String> page) {
		return drafts.find(secret).map(page).orElse("redirect:" + BASE + "?expired");
	}

	/** After a page is answered: the next page, or back to Check your answers. */
	private static String next(String page, AskForm form) {
		return "redirect:" + BASE + "/" + (form.fromCheck() ? "check" : page);
	}

	private static String peopleNext(AskForm form) {
		return "redirect:" + BASE + (form.fromCheck() ? "/check" : "/people");
	}

	private String wherePage(AskForm form, Model model) {
		model.addAttribute("localityOptions",
				localities.findAllOrdered()
					.stream()
					.map(l -> new Option(l.id().toString(), l.name() + " (" + l.county() + ")", null))
					.toList());
		return page("where", null, form, model);
	}

	private String youPage(AskForm form, Model model) {
		model.addAttribute("roleOptions", YOU_ARE);
		return page("you", "where", form, model);
	}

	private String personPage(AskForm form, Integer number, Model model) {
		model.addAttribute("number", number);
		model.addAttribute("roleOptions",
				List.of(new Option(FamilyRole.IN_CUSTODY.name(), "They are in prison, or facing court", null),
						new Option(FamilyRole.CHILD.name(), "A child", null),
						new Option(FamilyRole.PARTNER.name(), "A partner", null),
						new Option(FamilyRole.PARENT_OR_CARER.name(), "A parent or carer", null),
						new Option(FamilyRole.OTHER_RELATIVE.name(), "Another relative", null)));
		return page("person", "people", form, model);
	}

	private String storyPage(AskForm form, Model model) {
		model.addAttribute("needOptions",
				taxonomies.allTerms()
					.stream()
					.map(t -> new Option(t.id().toString(), t.name(), t.description()))
					.toList());
		return page("story", "people", form, model);
	}

	private String checkPage(SelfReferralAnswers answers, Model model) {
		var change = "?returnTo=check";
		var locality = localities.findById(answers.locality());
		var about = new ArrayList<SummaryRow>();
		about.add(new SummaryRow("Where you live",
				locality.map(l -> l.name() + " (" + l.county() + ")").orElse("Not given"), BASE + "/where" + change,
				"Change"));
		about.add(new SummaryRow("Your name", answers.name(), BASE + "/you" + change, "Change"));
		about.add(new SummaryRow("You are", youAre(answers.getRole()), BASE + "/you" + change, "Change"));
		about.add(new SummaryRow("Phone number", given(answers.getPhone()), BASE + "/contact" + change, "Change"));
		about.add(new SummaryRow("Email address", given(answers.getEmail()), BASE + "/contact" + change, "Change"));
		about.add(new SummaryRow("Best time to call", given(answers.getBestTimeToCall()), BASE + "/contact" + change,
				"Change"));
		var address = new ArrayList<String>();
		for (var part : new String[] { answers.getAddressLine1(), answers.getAddressLine2(), answers.getTown(),
				answers.getPostcode() }) {
			if (part != null) {
				address.add(part);
			}
		}
		about.add(new SummaryRow("Address", address.isEmpty() ? "Not given" : String.join(", ", address),
				BASE + "/address" + change, "Change"));
		model.addAttribute("about", about);
		model.addAttribute("people", relatives(answers, true));
		var needNames = taxonomies.allTerms()
			.stream()
			.collect(Collectors.toMap(t -> t.id().toString(), Taxonomies.Term::name, (a, b) -> a));
		var story = new ArrayList<SummaryRow>();
		story.add(new SummaryRow("What is happening", answers.getStory(), BASE + "/story" + change, "Change"));
		story.add(new SummaryRow("What would help",
				answers.getNeeds().isEmpty() ? "Nothing chosen"
						: answers.getNeeds()
							.stream()
							.map(needNames::get)
							.filter(Objects::nonNull)
							.collect(Collectors.joining(", ")),
				BASE + "/story" + change, "Change"));
		model.addAttribute("story", story);
		model.addAttribute("localityName", locality.map(l -> l.name()).orElse("your area"));
		model.addAttribute("agreeOptions",
				List.of(new Option("true", "I agree that a Family Matters support worker can contact me", null)));
		return page("check", "story", null, model);
	}

	/** The people named so far, as rows with Change (and the number to remove them). */
	private static List<SummaryRow> relatives(SelfReferralAnswers answers, boolean fromCheck) {
		var rows = new ArrayList<SummaryRow>();
		var people = answers.getPeople();
		for (int i = 0; i < people.size(); i++) {
			var p = people.get(i);
			var born = p.birthDate();
			rows.add(new SummaryRow(p.name(),
					theirPlace(p.getRole()) + ((born != null) ? ", born " + DAY.format(born) : ""),
					BASE + "/people/" + (i + 1) + (fromCheck ? "?returnTo=check" : ""), "Change"));
		}
		return rows;
	}

	private String page(String name, String back, AskForm form, Model model) {
		if (form != null && form.fromCheck()) {
			model.addAttribute("back", BASE + "/check");
			model.addAttribute("returnTo", "check");
		}
		else {
			model.addAttribute("back", (back != null) ? BASE + "/" + back : BASE);
		}
		model.addAttribute("self", true);
		return "referral/ask/" + name;
	}

	private static int index(String number, SelfReferralAnswers answers) {
		if (number == null || !number.matches("[0-9]{1,2}")) {
			return -1;
		}
		int index = Integer.parseInt(number) - 1;
		return (index >= 0 && index < answers.getPeople().size()) ? index : -1;
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(ServiceTime.ZONE));
	}

	private static String given(String value) {
		return (value != null) ? value : "Not given";
	}

	private static String youAre(String role) {
		return YOU_ARE.stream()
			.filter(option -> option.value().equals(role))
			.map(Option::label)
			.findFirst()
			.orElse("Not given");
	}

	private static String theirPlace(String role) {
		if (role == null) {
			return "";
		}
		return switch (role) {
			case "IN_CUSTODY" -> "In prison, or facing court";
			case "CHILD" -> "Child";
			case "PARTNER" -> "Partner";
			case "PARENT_OR_CARER" -> "Parent or carer";
			default -> "Another relative";
		};
	}

	/**
	 * The draft's cookie: for these pages only, never read by scripts, sent only from
	 * this site, and gone when the browser closes (or at once, when {@code gone}).
	 */
	private static String cookie(String secret, boolean secure, boolean gone) {
		var cookie = ResponseCookie.from(COOKIE, secret).path(BASE).httpOnly(true).sameSite("Lax").secure(secure);
		if (gone) {
			cookie.maxAge(0);
		}
		return cookie.build().toString();
	}

}
