/**
 * E-mail that an event's listener sends, and may send again after a crash
 * ({@link org.familymatters.shared.mail.RepeatableMail}).
 */
package org.familymatters.shared.mail;
