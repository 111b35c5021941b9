package org.unioncat.batch.report;

import org.unioncat.dedup.run.ProgressListener;

/**
 * Writes the per-library correction reports (and the center summary) of one stored dedup run:
 * step 4 of the nightly job. {@link CorrectionReports} is the writer; the interface keeps the
 * job's step independent of how reports are built.
 *
 * <p>Contract: idempotent per (run, library) — a library's report for a run is replaced in one
 * transaction (delete, then insert) — because a job restarted after a crash in this step calls
 * the writer again for the same run.
 */
@FunctionalInterface
public interface LibraryReportWriter {
  /**
   * @param dedupRunId the {@code dedup_run} whose clusters, members and findings to report (DONE)
   * @param progress told "reports", libraries done, libraries in all
   */
  void writeReports(long dedupRunId, ProgressListener progress);

  /**
   * As {@link #writeReports(long, ProgressListener)}; with {@code carryOverUnchanged}, a writer
   * may take a library's rows over from the previous run's reports when it can tell they would
   * come out the same (the nightly job's incremental runs). The default builds every report.
   *
   * @return how many libraries' reports were built (the others were carried over), or -1 when
   *     the writer does not say
   */
  default int writeReports(
      long dedupRunId, boolean carryOverUnchanged, ProgressListener progress) {
    writeReports(dedupRunId, progress);
    return -1;
  }
}
