package org.unioncat.ingest.validate;

import java.util.List;
import org.unioncat.ingest.finding.Finding;
import org.unioncat.ingest.marc.MarcRecord;
import org.unioncat.ingest.normalize.NormalizedRecord;

/**
 * One content check on a decoded record and its normalized view (the rules read the same keys the
 * matcher compares, so a finding and a match never disagree about what a field says). Findings
 * come back unplaced; {@link RecordValidator} places them at the record. Implementations are
 * stateless and thread-safe.
 */
interface ContentRule {
  List<Finding> check(MarcRecord record, NormalizedRecord normalized);
}
