package org.unioncat.ingest.store;

import java.util.List;
import org.unioncat.ingest.finding.Finding;
import org.unioncat.ingest.normalize.NormalizedRecord;
import org.unioncat.ingest.normalize.NormalizedRecordJson;
import org.unioncat.ingest.normalize.holdings.Holding;
import org.unioncat.ingest.read.ReadRecord;

/**
 * One record of an upload on its way into the store: the record as read, its normalized view
 * (null when quarantined or a deletion) and that view's stored JSON in UTF-8, its status, the
 * holdings to attach for the uploading library, and its findings.
 *
 * <p>The JSON is made when the row is made — on the loading thread, while the previous chunk is
 * being written — rather than inside the chunk's transaction.
 */
public record RecordRow(
    ReadRecord read,
    NormalizedRecord normalized,
    String contentHash,
    RecordStatus status,
    boolean deletion,
    List<Holding> holdings,
    List<Finding> findings,
    byte[] normalizedJson) {

  public RecordRow {
    holdings = List.copyOf(holdings);
    findings = List.copyOf(findings);
  }

  /** A row whose stored JSON is made from {@code normalized} now. */
  public RecordRow(
      ReadRecord read,
      NormalizedRecord normalized,
      String contentHash,
      RecordStatus status,
      boolean deletion,
      List<Holding> holdings,
      List<Finding> findings) {
    this(read, normalized, contentHash, status, deletion, holdings, findings,
        normalized == null ? null : NormalizedRecordJson.toJsonUtf8(normalized));
  }

  /** The same row with one more finding (what the store did with it). */
  public RecordRow withFinding(Finding finding) {
    List<Finding> more = new java.util.ArrayList<>(findings);
    more.add(finding);
    return new RecordRow(read, normalized, contentHash, status, deletion, holdings, more, normalizedJson);
  }

  public String localId() {
    return read.localId().orElse(null);
  }
}
