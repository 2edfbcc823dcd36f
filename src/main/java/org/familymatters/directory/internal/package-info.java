/**
 * What the directory does that no other module uses: keeping services, organisations,
 * resources and guides, importing and storing Open Referral UK feeds, the rules of a
 * service, its commands and demo data. Public in Java so that the module's pages and API
 * can use it; Spring Modulith refuses it to other modules.
 */
package org.familymatters.directory.internal;
