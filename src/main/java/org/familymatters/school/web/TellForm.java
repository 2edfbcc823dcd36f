package org.familymatters.school.web;

/** What the form to tell a child's school sends: the child. */
public class TellForm {

	private String child;

	public String getChild() {
		return child;
	}

	public void setChild(String child) {
		this.child = child;
	}

}
