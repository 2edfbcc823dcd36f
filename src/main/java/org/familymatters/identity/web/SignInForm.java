package org.familymatters.identity.web;

/** What the sign-in form shows. Spring Security reads the POST itself. */
public class SignInForm {

	private String username;

	private String password;

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

}
