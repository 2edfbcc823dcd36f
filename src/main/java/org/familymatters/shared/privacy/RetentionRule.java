package org.familymatters.shared.privacy;

/**
 * How one module removes or anonymises its own records of one {@link RetentionKind} when
 * their period ends. The privacy module's nightly job asks each rule what is due (the
 * administrators' preview) and has it act in batches; no module removes another's rows.
 * <p>
 * A rule leaves every record whole or gone: each batch is one transaction, so a run
 * stopped half-way is finished by the next. Records under a hold (a family with an open
 * safeguarding hold, a person with an open subject access or erasure request) are never
 * due. What the statistics and reports count is kept.
 */
public interface RetentionRule {

	RetentionKind kind();

	/**
	 * What is due at this cutoff: how many records, and a few described for the preview.
	 */
	RetentionDue due(RetentionCutoff cutoff);

	/**
	 * Removes or anonymises at most {@code limit} of the records due at this cutoff, in
	 * one transaction, and says how many; 0 when nothing is left.
	 */
	int apply(RetentionCutoff cutoff, int limit);

}
