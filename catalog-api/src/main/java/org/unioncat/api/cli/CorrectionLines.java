package org.unioncat.api.cli;

import java.util.List;
import java.util.Locale;
import org.unioncat.ingest.finding.FindingMessages;
import org.unioncat.ingest.normalize.Correction;
import org.unioncat.ingest.validate.ValidatedRecord;

/** The corrections a validated record needs on its own, as the reports print them. */
final class CorrectionLines {
  private CorrectionLines() {}

  static List<Correction> of(ValidatedRecord record) {
    return record.normalized().map(n -> n.corrections()).orElse(List.of());
  }

  static String why(Correction c, Locale locale) {
    return FindingMessages.isChinese(locale) ? c.whyZh() : c.why();
  }
}
