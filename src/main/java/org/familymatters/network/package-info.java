/**
 * Multi-agency networks: a locality's network with its terms of reference, referral
 * criteria and consent form, its members (each backed by their organisation) and
 * coordinator, messages to the group, meetings every three months with invitations, an
 * agenda that names a family only to members the access decision lets see it, minutes
 * distributed so that each member receives only what they may see, and actions agreed for
 * a family that go straight into its support plan.
 */
@ApplicationModule(displayName = "Networks")
@ModuleTables(owns = { "network", "network_member", "network_document", "network_join_request", "network_message",
		"network_message_mail", "network_meeting", "network_meeting_attendance", "network_meeting_mail",
		"network_agenda_item", "network_minutes", "network_minute", "network_agreed_action" })
package org.familymatters.network;

import org.familymatters.shared.database.ModuleTables;

import org.springframework.modulith.ApplicationModule;
