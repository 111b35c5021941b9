package org.unioncat.batch.report;

import java.time.Instant;

/**
 * What a report is about: the library, the run, and the language it is written in.
 *
 * @param library the library's code
 * @param libraryName its name
 * @param runId the duplicate detection run
 * @param runFinishedAt when the run finished (null if unknown)
 * @param lang the report's language
 */
public record ReportHeader(
    String library, String libraryName, long runId, Instant runFinishedAt, ReportLanguage lang) {

  public String title() {
    return ReportText.title(library, libraryName, runId, lang);
  }
}
