package org.unioncat.ingest.validate;

import java.util.List;
import org.unioncat.ingest.finding.Finding;
import org.unioncat.ingest.marc.MarcFlavour;
import org.unioncat.ingest.marc.MarcRecord;

/**
 * One content check on a decoded record. Findings come back unplaced; {@link RecordValidator}
 * places them at the record. Implementations are stateless and thread-safe.
 */
interface ContentRule {
  List<Finding> check(MarcRecord record, MarcFlavour flavour);
}
