package org.familymatters.audit.internal;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.familymatters.audit.AuditAction;
import org.familymatters.audit.AuditActionCatalogue;

import org.springframework.stereotype.Component;

/** Every action the modules record, by code, with its words. */
@Component
public class AuditActions {

	private final Map<String, AuditAction> byCode;

	public AuditActions(List<AuditActionCatalogue> catalogues) {
		var actions = new LinkedHashMap<String, AuditAction>();
		catalogues.stream()
			.flatMap(catalogue -> catalogue.actions().stream())
			.sorted(Comparator.comparing(AuditAction::description))
			.forEach(action -> {
				var earlier = actions.putIfAbsent(action.name(), action);
				if (earlier != null) {
					throw new IllegalStateException("Two audit actions have the code " + action.name() + ": "
							+ earlier.getClass().getName() + " and " + action.getClass().getName());
				}
			});
		this.byCode = Map.copyOf(actions);
	}

	/**
	 * The words for a stored code; the code itself for one no module declares (any more).
	 */
	public String describe(String code) {
		return find(code).map(AuditAction::description).orElse(code);
	}

	public Optional<AuditAction> find(String code) {
		return Optional.ofNullable((code != null) ? byCode.get(code) : null);
	}

	/** Every action, in the order of their words. */
	public List<AuditAction> all() {
		return byCode.values().stream().sorted(Comparator.comparing(AuditAction::description)).toList();
	}

}
