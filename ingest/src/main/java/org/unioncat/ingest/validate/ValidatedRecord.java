package org.unioncat.ingest.validate;

import java.util.List;
import java.util.Optional;
import org.unioncat.ingest.finding.Finding;
import org.unioncat.ingest.finding.Severity;
import org.unioncat.ingest.normalize.NormalizedRecord;
import org.unioncat.ingest.read.ReadRecord;

/**
 * A record after reading, normalization and validation: the record as read, its normalized view
 * (empty when it could not be decoded or is a deletion), and every finding about it (reading
 * findings first, then content findings), each placed at the record's ordinal, 001 and offset.
 *
 * <p>Immutable and thread-safe.
 */
public record ValidatedRecord(
    ReadRecord read, Optional<NormalizedRecord> normalized, List<Finding> findings) {

  public ValidatedRecord {
    findings = List.copyOf(findings);
  }

  /** True when the record must not enter the catalog. */
  public boolean hasError() {
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }
}
