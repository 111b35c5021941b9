package org.unioncat.ingest.validate;

import java.util.ArrayList;
import java.util.List;
import org.unioncat.ingest.finding.Finding;
import org.unioncat.ingest.finding.FindingCode;
import org.unioncat.ingest.marc.CnmarcTags;
import org.unioncat.ingest.marc.Marc21Tags;
import org.unioncat.ingest.marc.MarcRecord;
import org.unioncat.ingest.normalize.NormalizedRecord;
import org.unioncat.ingest.normalize.series.SeriesEntry;

/**
 * Cause 8: a series typed into a general note (500 / 300) instead of the series field (490 /
 * 225). Searches and duplicate checks by series miss it there. Series that the record also has in
 * a series field are not reported.
 */
final class SeriesRule implements ContentRule {
  @Override
  public List<Finding> check(MarcRecord record, NormalizedRecord normalized) {
    List<Finding> out = new ArrayList<>();
    String target =
        normalized.flavour().isUnimarcFamily() ? CnmarcTags.SERIES : Marc21Tags.SERIES_STATEMENT;
    for (SeriesEntry s : normalized.series().seriesInNotesOnly()) {
      out.add(
          Finding.of(
              FindingCode.SERIES_IN_NOTE, IsbnRule.tagOf(s.source()), 'a', s.source(), s.title(), target));
    }
    return out;
  }
}
