/**
 * Training and awareness: multi-agency workshops, conferences and the court desk
 * volunteers' induction; their sessions and published materials; bookings without an
 * account and the waiting list; attendance, feedback, certificates and the reach report.
 */
@ApplicationModule(displayName = "Training")
@ModuleTables(owns = { "training_course", "training_session", "training_session_trainer", "training_material",
		"training_booking", "training_feedback", "training_mail", "training_booking_link" })
package org.familymatters.training;

import org.familymatters.shared.database.ModuleTables;

import org.springframework.modulith.ApplicationModule;
