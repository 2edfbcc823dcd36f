package org.familymatters.shared.web;

import java.io.Serial;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The record asked for does not exist (or the caller may not know that it does). */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFound extends RuntimeException {

	@Serial
	private static final long serialVersionUID = 1L;

	public NotFound(String recordType, Object id) {
		super("No " + recordType + " " + id);
	}

}
