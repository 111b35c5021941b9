package org.unioncat.api.cli;

import org.unioncat.ingest.validate.FileSummary;
import org.unioncat.ingest.validate.ValidatedRecord;

/**
 * Writes validation results as they stream in, so reports of huge files cost constant memory.
 * Calls come in order: begin, then per file its records and its summary (or unreadableFile), end.
 */
interface FindingReport {
  void begin();

  void record(String file, ValidatedRecord record);

  void fileSummary(FileSummary summary);

  void unreadableFile(String file, String reason);

  void end();
}
