package org.familymatters.identity.web;

/**
 * What the two-step forms send, as typed: a code (from the authenticator app, or a
 * recovery code) or, to turn two-step sign-in off, the person's password. Checked by
 * {@link TwoStepFormCheck}.
 */
public class TwoStepForm {

	private String code;

	private String password;

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

}
