/**
 * What every module shares about privacy operations (issue 17): the classes of data a
 * column can hold ({@link DataClass}), the kinds of record the retention schedule covers
 * ({@link RetentionKind}), the person a subject access request is about
 * ({@link DataSubject}) and the contract by which each module contributes what it holds
 * about that person to the package ({@link SubjectAccessSource}). The privacy module
 * orchestrates; each module reads, removes and corrects only its own rows.
 */
package org.familymatters.shared.privacy;
