/**
 * Needs assessments, support plans, each agency's actions, plan reviews and outcomes. A
 * family's plan is read and changed through the access decision: its support workers by
 * their role, the owner of an open action by the ACTION basis, which shows that action
 * and the minimum of the family's record needed to do it.
 */
@ApplicationModule(displayName = "Support plans")
@ModuleTables(owns = { "plan_need_area", "plan_assessment", "plan_assessment_score", "plan_support_plan", "plan_goal",
		"plan_action", "plan_action_note", "plan_review", "plan_action_mail", "plan_outcome_day" })
package org.familymatters.plan;

import org.familymatters.shared.database.ModuleTables;

import org.springframework.modulith.ApplicationModule;
