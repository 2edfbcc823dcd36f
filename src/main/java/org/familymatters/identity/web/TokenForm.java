package org.familymatters.identity.web;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.familymatters.shared.web.Option;

/** What the form for a new API token sends. */
public class TokenForm {

	static final List<Option> LIFETIMES = List.of(Option.of(30, "30 days"), Option.of(90, "90 days"),
			Option.of(365, "1 year"));

	@NotBlank(message = "{token.name.required}")
	@Size(max = 100, message = "{token.name.tooLong}")
	private String name;

	@NotBlank(message = "{token.lifetime.required}")
	@Pattern(regexp = "^(30|90|365)?$", message = "{token.lifetime.required}")
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
