/**
 * What only the family module uses: the repository that decides nothing about access
 * ({@code Families}), the services behind its pages (editing, listing, merges,
 * attachments), what the consent module is told about families, its audit actions and its
 * demo data.
 */
package org.familymatters.family.internal;
