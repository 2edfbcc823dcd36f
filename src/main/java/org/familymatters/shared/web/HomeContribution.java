package org.familymatters.shared.web;

import java.util.List;

import org.familymatters.shared.security.SignedInUser;

/**
 * What a module puts on the home page of the signed-in person: a bean per module (or per
 * concern), asked each time the home page is shown. Answers nothing for people it does
 * not concern, and decides what each person may see as every other page does (the access
 * decision for a family's data).
 */
public interface HomeContribution {

	List<HomeSection> sections(SignedInUser user);

}
