package org.familymatters.courtdesk.internal;

/** Who came to the desk, by their relationship to the defendant. */
public enum Relationship implements Coded {

	PARTNER("Partner or spouse"), PARENT("Parent"), SON_OR_DAUGHTER("Son or daughter"),
	BROTHER_OR_SISTER("Brother or sister"), GRANDPARENT("Grandparent"), OTHER_RELATIVE("Other relative"),
	FRIEND("Friend"), OTHER("Someone else");

	private final String label;

	Relationship(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

}
