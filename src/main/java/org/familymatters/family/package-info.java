/**
 * Families: their members, custody episodes, timeline and attachments. Every read and
 * change asks the access decision and is audited.
 */
@ApplicationModule(displayName = "Families")
package org.familymatters.family;

import org.springframework.modulith.ApplicationModule;
