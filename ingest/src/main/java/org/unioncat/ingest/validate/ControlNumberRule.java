package org.unioncat.ingest.validate;

import java.util.List;
import org.unioncat.ingest.finding.Finding;
import org.unioncat.ingest.finding.FindingCode;
import org.unioncat.ingest.marc.Marc21Tags;
import org.unioncat.ingest.marc.MarcRecord;
import org.unioncat.ingest.normalize.NormalizedRecord;

/** CONTROL_NUMBER_MISSING: without 001 a library cannot find the record in its own system. */
final class ControlNumberRule implements ContentRule {
  @Override
  public List<Finding> check(MarcRecord record, NormalizedRecord normalized) {
    if (record.localId().isPresent()) {
      return List.of();
    }
    return List.of(Finding.of(FindingCode.CONTROL_NUMBER_MISSING, Marc21Tags.CONTROL_NUMBER, null));
  }
}
