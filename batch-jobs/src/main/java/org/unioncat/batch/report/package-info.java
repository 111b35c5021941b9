/**
 * Per-library correction reports and the center's summary, built from a stored duplicate
 * detection run: the row model ({@link org.unioncat.batch.report.CorrectionRow}), its loader from
 * the run's tables, its storage with the libraries' marks, the CSV / Excel / HTML / JSON writers,
 * and the consortium summary and monthly trends.
 *
 * <p>Plain Java and JDBC (no Spring), so that it can be tested and benchmarked alone; the
 * nightly job calls {@link org.unioncat.batch.report.CorrectionReports#writeForRun}.
 */
package org.unioncat.batch.report;
