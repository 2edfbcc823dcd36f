/**
 * The load test: {@link org.familymatters.load.FamilyMattersSimulation} (Gatling's Java
 * DSL) puts the service's users on a started service at once, with a trivial page of the
 * same service as the ceiling; {@link org.familymatters.load.LoadSummary} turns a run's
 * results into the table in docs/benchmarks.md;
 * {@link org.familymatters.load.LoadSmokeTest} runs it for a few seconds in the normal
 * build. See docs/load-test.md.
 */
package org.familymatters.load;
