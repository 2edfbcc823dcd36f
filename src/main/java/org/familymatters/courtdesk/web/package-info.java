/**
 * The court desk pages: courts, rota, shifts, contacts, statistics and calendar feeds.
 */
package org.familymatters.courtdesk.web;
