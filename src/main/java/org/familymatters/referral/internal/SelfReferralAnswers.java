package org.familymatters.referral.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

import org.familymatters.family.FamilyRole;
import org.familymatters.referral.NewReferral;
import org.familymatters.referral.ReferralFact;
import org.familymatters.referral.ReferralSource;
import org.familymatters.shared.input.Input;

/**
 * What someone asking for support has answered so far on the question pages, kept as a
 * draft ({@link SelfReferralDrafts}) until they send it: each page's answers, already
 * checked by that page. {@link #referral} turns them into the referral the intake checks
 * again. Pure: tested without Spring.
 */
public class SelfReferralAnswers {

	/** The pages that must be answered before the answers can be checked and sent. */
	public static final List<String> REQUIRED = List.of("where", "you", "contact", "address", "story");

	private String localityId;

	private String givenName;

	private String familyName;

	private String role;

	private String phone;

	private String email;

	private String bestTimeToCall;

	private String addressLine1;

	private String addressLine2;

	private String town;

	private String postcode;

	private String story;

	private List<String> needs = new ArrayList<>();

	private List<Relative> people = new ArrayList<>();

	private Set<String> answered = new TreeSet<>();

	/** The first page still to answer, or null when every required page is answered. */
	public String firstMissing() {
		return REQUIRED.stream().filter(page -> !answered.contains(page)).findFirst().orElse(null);
	}

	/** Records that a page was answered. */
	public void answered(String page) {
		answered.add(page);
	}

	/** The name of the person asking, once: "Alex Smith". */
	public String name() {
		return Stream.of(givenName, familyName).filter(Objects::nonNull).reduce((a, b) -> a + " " + b).orElse(null);
	}

	/**
	 * The address as one text, a line each (the first line, the second, the town), as a
	 * referral keeps it; null when none was given.
	 */
	public String address() {
		var lines = Stream.of(addressLine1, addressLine2, town).filter(Objects::nonNull).toList();
		return lines.isEmpty() ? null : String.join("\n", lines);
	}

	/**
	 * The referral these answers make: from the family itself, the person asking first
	 * (with their contact details and address), then the people they named. Its criteria
	 * are worked out from the answers ({@link #facts}), never ticked by the family.
	 * @param agreed whether they agreed to be contacted
	 * @param today the day, to tell a child under 18
	 */
	public NewReferral referral(boolean agreed, LocalDate today) {
		var named = new ArrayList<NewReferral.Person>();
		named.add(new NewReferral.Person(givenName, familyName, null, null, null, role(role), phone, email, address(),
				postcode));
		for (var p : people) {
			named.add(new NewReferral.Person(p.getGivenName(), p.getFamilyName(), null, p.birthDate(), null,
					role(p.getRole()), null, null, null, null));
		}
		var locality = Input.identifier(localityId).value();
		var needIds = needs.stream().map(need -> Input.identifier(need).value()).filter(Objects::nonNull).toList();
		return new NewReferral(ReferralSource.SELF, name(), email, phone, null, null, locality, named, story, needIds,
				List.of(), agreed, bestTimeToCall, facts(agreed, today));
	}

	/**
	 * What the answers show that meets criteria for referral: the family lives in the
	 * locality they chose as where they live; they agree to be contacted when they tick
	 * that they do; someone is in custody when a person named (the person asking too) is
	 * the person in custody or facing court; there are children under 18 when a child is
	 * named whose date of birth is not given or is less than 18 years ago.
	 */
	public Set<ReferralFact> facts(boolean agreed, LocalDate today) {
		var facts = EnumSet.noneOf(ReferralFact.class);
		if (localityId != null) {
			facts.add(ReferralFact.LIVES_IN_LOCALITY);
		}
		if (agreed) {
			facts.add(ReferralFact.AGREES_TO_CONTACT);
		}
		if (role(role) == FamilyRole.IN_CUSTODY
				|| people.stream().anyMatch(p -> role(p.getRole()) == FamilyRole.IN_CUSTODY)) {
			facts.add(ReferralFact.IN_CUSTODY);
		}
		if (role(role) == FamilyRole.CHILD || people.stream()
			.anyMatch(p -> role(p.getRole()) == FamilyRole.CHILD
					&& (p.birthDate() == null || p.birthDate().isAfter(today.minusYears(18))))) {
			facts.add(ReferralFact.CHILDREN);
		}
		return facts;
	}

	private static FamilyRole role(String code) {
		return Input.choice(code, FamilyRole.class).value();
	}

	public String getLocalityId() {
		return localityId;
	}

	public void setLocalityId(String localityId) {
		this.localityId = localityId;
	}

	/** The chosen locality's id, or null. */
	public UUID locality() {
		return Input.identifier(localityId).value();
	}

	public String getGivenName() {
		return givenName;
	}

	public void setGivenName(String givenName) {
		this.givenName = givenName;
	}

	public String getFamilyName() {
		return familyName;
	}

	public void setFamilyName(String familyName) {
		this.familyName = familyName;
	}

	public String getRole() {
		return role;
	}

	public void setRole(String role) {
		this.role = role;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getBestTimeToCall() {
		return bestTimeToCall;
	}

	public void setBestTimeToCall(String bestTimeToCall) {
		this.bestTimeToCall = bestTimeToCall;
	}

	public String getAddressLine1() {
		return addressLine1;
	}

	public void setAddressLine1(String addressLine1) {
		this.addressLine1 = addressLine1;
	}

	public String getAddressLine2() {
		return addressLine2;
	}

	public void setAddressLine2(String addressLine2) {
		this.addressLine2 = addressLine2;
	}

	public String getTown() {
		return town;
	}

	public void setTown(String town) {
		this.town = town;
	}

	public String getPostcode() {
		return postcode;
	}

	public void setPostcode(String postcode) {
		this.postcode = postcode;
	}

	public String getStory() {
		return story;
	}

	public void setStory(String story) {
		this.story = story;
	}

	public List<String> getNeeds() {
		return needs;
	}

	public void setNeeds(List<String> needs) {
		this.needs = (needs != null) ? new ArrayList<>(needs) : new ArrayList<>();
	}

	public List<Relative> getPeople() {
		return people;
	}

	public void setPeople(List<Relative> people) {
		this.people = (people != null) ? new ArrayList<>(people) : new ArrayList<>();
	}

	public Set<String> getAnswered() {
		return answered;
	}

	public void setAnswered(Set<String> answered) {
		this.answered = (answered != null) ? new TreeSet<>(answered) : new TreeSet<>();
	}

	/**
	 * Someone else in the family the person asking named: their name, date of birth (ISO
	 * 8601, or null) and place in the family.
	 */
	public static class Relative {

		private String givenName;

		private String familyName;

		private String dateOfBirth;

		private String role;

		public Relative() {
		}

		public Relative(String givenName, String familyName, LocalDate dateOfBirth, String role) {
			this.givenName = givenName;
			this.familyName = familyName;
			this.dateOfBirth = (dateOfBirth != null) ? dateOfBirth.toString() : null;
			this.role = role;
		}

		/** Their date of birth, or null. */
		public LocalDate birthDate() {
			return Input.isoDate(dateOfBirth).value();
		}

		/** "Jules Smith". */
		public String name() {
			return givenName + " " + familyName;
		}

		public String getGivenName() {
			return givenName;
		}

		public void setGivenName(String givenName) {
			this.givenName = givenName;
		}

		public String getFamilyName() {
			return familyName;
		}

		public void setFamilyName(String familyName) {
			this.familyName = familyName;
		}

		public String getDateOfBirth() {
			return dateOfBirth;
		}

		public void setDateOfBirth(String dateOfBirth) {
			this.dateOfBirth = dateOfBirth;
		}

		public String getRole() {
			return role;
		}

		public void setRole(String role) {
			this.role = role;
		}

	}

}
