package org.unioncat.ingest.validate;

import java.util.List;
import org.unioncat.ingest.finding.Finding;
import org.unioncat.ingest.finding.FindingCode;
import org.unioncat.ingest.marc.CnmarcTags;
import org.unioncat.ingest.marc.Marc21Tags;
import org.unioncat.ingest.marc.MarcRecord;
import org.unioncat.ingest.normalize.NormalizedRecord;
import org.unioncat.ingest.normalize.edition.EditionInfo;

/**
 * Causes 6 and 7: an edition field that holds only a printing or reprint statement ("第3次印刷",
 * "Reprinted 2010"). A printing is not an edition; left there it makes a reprint look like a new
 * edition to catalogers and to other systems' duplicate checks.
 */
final class EditionRule implements ContentRule {
  @Override
  public List<Finding> check(MarcRecord record, NormalizedRecord normalized) {
    EditionInfo edition = normalized.edition();
    if (!edition.printingInEditionField()) {
      return List.of();
    }
    boolean unimarc = normalized.flavour().isUnimarcFamily();
    String tag = unimarc ? CnmarcTags.EDITION : Marc21Tags.EDITION;
    String note = unimarc ? CnmarcTags.GENERAL_NOTE : Marc21Tags.GENERAL_NOTE;
    return List.of(Finding.of(FindingCode.EDITION_IS_PRINTING, tag, 'a', edition.statement(), note));
  }
}
