package org.familymatters.identity.web;

import java.util.List;

import org.familymatters.shared.web.Option;

/**
 * What the form for a new API token sends, as typed. Checked by {@link TokenFormCheck}.
 */
public class TokenForm {

	static final List<Option> LIFETIMES = List.of(Option.of(30, "30 days"), Option.of(90, "90 days"),
			Option.of(365, "1 year"));

	private String name;

	private String lifetimeDays = "90";

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getLifetimeDays() {
		return lifetimeDays;
	}

	public void setLifetimeDays(String lifetimeDays) {
		this.lifetimeDays = lifetimeDays;
	}

}
