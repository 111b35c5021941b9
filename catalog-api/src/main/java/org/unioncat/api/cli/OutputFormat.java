package org.unioncat.api.cli;

import java.io.PrintStream;
import java.util.Locale;

/** The report formats of {@code validate}: human text, JSON lines, CSV. */
enum OutputFormat {
  TEXT,
  JSON,
  CSV;

  FindingReport open(PrintStream out, Locale locale) {
    switch (this) {
      case JSON:
        return new JsonFindingReport(out);
      case CSV:
        return new CsvFindingReport(out, locale);
      default:
        return new TextFindingReport(out, locale);
    }
  }
}
