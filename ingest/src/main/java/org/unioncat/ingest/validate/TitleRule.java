package org.unioncat.ingest.validate;

import java.util.List;
import org.unioncat.ingest.finding.Finding;
import org.unioncat.ingest.finding.FindingCode;
import org.unioncat.ingest.marc.CnmarcTags;
import org.unioncat.ingest.marc.Marc21Tags;
import org.unioncat.ingest.marc.MarcRecord;
import org.unioncat.ingest.normalize.NormalizedRecord;
import org.unioncat.ingest.normalize.title.TitleInfo;

/**
 * Cause 11: a record with no title — none at all, the "REQUIRED FIELD" placeholder a client wrote
 * when a save failed, only punctuation, or text garbled by a wrong character set (GBK shown as
 * Latin-1: see {@code TitleInfo#garbled}).
 * Each is an error: such a record must be re-cataloged from the item, not merged or kept.
 */
final class TitleRule implements ContentRule {
  @Override
  public List<Finding> check(MarcRecord record, NormalizedRecord normalized) {
    TitleInfo title = normalized.title();
    String tag = normalized.flavour().isUnimarcFamily() ? CnmarcTags.TITLE : Marc21Tags.TITLE;
    if (title.missing()) {
      return List.of(Finding.of(FindingCode.TITLE_MISSING, tag, 'a', tag, "a"));
    }
    if (title.placeholder()) {
      return List.of(Finding.of(FindingCode.TITLE_PLACEHOLDER, tag, 'a', title.titleProper()));
    }
    if (title.punctuationOnly()) {
      return List.of(Finding.of(FindingCode.TITLE_PUNCTUATION_ONLY, tag, 'a', title.titleProper()));
    }
    if (title.garbled()) {
      return List.of(Finding.of(FindingCode.TITLE_GARBLED, tag, 'a', title.titleProper()));
    }
    return List.of();
  }
}
