package org.familymatters.shared.generate;

/**
 * One module's part of {@code --generate}: it writes synthetic records to its own tables
 * only (ADR 0009), refers to other modules' records by {@link GeneratedIds}, and reports
 * each batch it writes to the {@link GenerationProgress}. Parts run one after another in
 * {@link #order()}; a part that finds its records there already writes nothing, so a
 * stopped run can be started again.
 */
public interface SyntheticData {

	/**
	 * Lower first: identity 10, directory 20, family 30, consent 35, referral 40, court
	 * desk 50, plan 60, network 70, school 80, audit 100 (last, so its events can name
	 * the records made before).
	 */
	int order();

	/** A few words for the progress bar: "families, people, custody and timelines". */
	String describe();

	/** How many rows this part will write at this size, for the progress bar. */
	long rows(DataSize size);

	/** Writes the records, advancing the progress as batches are written. */
	void generate(DataSize size, GenerationProgress progress);

}
