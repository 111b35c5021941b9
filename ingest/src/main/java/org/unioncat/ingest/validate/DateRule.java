package org.unioncat.ingest.validate;

import java.util.List;
import org.unioncat.ingest.finding.Finding;
import org.unioncat.ingest.finding.FindingCode;
import org.unioncat.ingest.marc.MarcRecord;
import org.unioncat.ingest.normalize.NormalizedRecord;
import org.unioncat.ingest.normalize.date.DateInfo;

/**
 * Causes 5 and 7: the coded date (008/07-10, 100$a/9-12) and the transcribed date (260/264$c,
 * 210$d) disagree — typically a new edition's record that kept the old year in one place. MARC21
 * systems trust the coded date and Chinese systems the transcribed one, so the disagreement makes
 * the record sort, match and display as two different years. What counts as a disagreement is
 * decided by {@link DateInfo#conflict()}.
 */
final class DateRule implements ContentRule {
  @Override
  public List<Finding> check(MarcRecord record, NormalizedRecord normalized) {
    DateInfo dates = normalized.dates();
    if (!dates.conflict()) {
      return List.of();
    }
    String codedSource = dates.coded().source().startsWith("008") ? "008/07-10" : "100$a/9-12";
    String transcribed = dates.transcribed().source();
    return List.of(
        Finding.of(
            FindingCode.DATE_CONFLICT,
            IsbnRule.tagOf(transcribed),
            transcribed.length() > 4 ? transcribed.charAt(4) : null,
            codedSource,
            dates.coded().date1(),
            transcribed,
            dates.transcribed().raw()));
  }
}
