package org.familymatters.shared.web;

import java.io.Serial;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A request the user can put right: names the parameter at fault and says what is wrong.
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class BadRequest extends RuntimeException {

	@Serial
	private static final long serialVersionUID = 1L;

	private final String parameter;

	public BadRequest(String parameter, String message) {
		super(message);
		this.parameter = parameter;
	}

	public String parameter() {
		return parameter;
	}

}
