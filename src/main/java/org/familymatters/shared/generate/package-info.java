/**
 * Synthetic data at the sizes the service is measured at ({@code --generate}): each
 * module contributes a {@link org.familymatters.shared.generate.SyntheticData} part for
 * its own tables; see docs/synthetic-data.md.
 */
package org.familymatters.shared.generate;
