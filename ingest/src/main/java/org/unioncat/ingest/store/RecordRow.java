package org.unioncat.ingest.store;

import java.util.List;
import org.unioncat.ingest.finding.Finding;
import org.unioncat.ingest.normalize.NormalizedRecord;
import org.unioncat.ingest.normalize.holdings.Holding;
import org.unioncat.ingest.read.ReadRecord;

/**
 * One record of an upload on its way into the store: the record as read, its normalized view
 * (null when quarantined or a deletion), its status, the holdings to attach for the uploading
 * library, and its findings.
 */
public record RecordRow(
    ReadRecord read,
    NormalizedRecord normalized,
    String contentHash,
    RecordStatus status,
    boolean deletion,
    List<Holding> holdings,
    List<Finding> findings) {

  public RecordRow {
    holdings = List.copyOf(holdings);
    findings = List.copyOf(findings);
  }

  public String localId() {
    return read.localId().orElse(null);
  }
}
