/**
 * Where the per-library correction reports plug into the nightly job (step 4): the
 * {@link org.unioncat.batch.report.LibraryReportWriter} contract and its placeholder.
 */
package org.unioncat.batch.report;
