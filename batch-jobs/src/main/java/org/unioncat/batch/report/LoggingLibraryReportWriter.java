package org.unioncat.batch.report;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unioncat.dedup.run.ProgressListener;

/**
 * The placeholder until the report writer is merged: logs which run would be reported and
 * writes nothing (trivially idempotent).
 */
public final class LoggingLibraryReportWriter implements LibraryReportWriter {
  private static final Logger log = LoggerFactory.getLogger(LoggingLibraryReportWriter.class);

  @Override
  public void writeReports(long dedupRunId, ProgressListener progress) {
    log.info("Duplicate detection run {} stored; no report writer is installed", dedupRunId);
    progress.progress("reports", 0, 0);
  }
}
