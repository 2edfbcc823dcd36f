package org.familymatters.plan.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.familymatters.family.FamilyView;
import org.familymatters.family.Person;
import org.familymatters.plan.internal.NeedArea;
import org.familymatters.plan.internal.Score;
import org.familymatters.shared.web.Option;

/** What the plan pages share: the choices their forms offer, and names by id. */
final class PlanPageModel {

	private PlanPageModel() {
	}

	/** The family's people by id, as "Name (place in the family)". */
	static Map<UUID, String> people(FamilyView view) {
		var names = new LinkedHashMap<UUID, String>();
		for (var person : view.people()) {
			names.put(person.id(), person.fullName());
		}
		return names;
	}

	static Set<UUID> personIds(FamilyView view) {
		return view.people().stream().map(Person::id).collect(Collectors.toSet());
	}

	/** The choice of the whole family or one person in it. */
	static List<Option> personOptions(FamilyView view, String familyLabel) {
		var options = new java.util.ArrayList<Option>();
		view.people().forEach(p -> options.add(Option.of(p.id(), p.fullName())));
		return options;
	}

	/** The scale's points, and "not assessed this time". */
	static List<Option> scoreOptions() {
		var options = new java.util.ArrayList<Option>();
		for (var score : Score.values()) {
			options.add(new Option(String.valueOf(score.points()), score.points() + " – " + score.label(), null));
		}
		options.add(new Option(PlanFormCheck.NOT_ASSESSED, "Not assessed this time", null));
		return options;
	}

	static Map<UUID, String> areaLabels(Map<UUID, NeedArea> areas) {
		var labels = new LinkedHashMap<UUID, String>();
		areas.forEach((id, area) -> labels.put(id, area.label()));
		return labels;
	}

}
