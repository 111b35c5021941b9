package org.unioncat.ingest.store;

import java.util.List;
import org.unioncat.ingest.finding.Finding;
import org.unioncat.ingest.finding.FindingCode;
import org.unioncat.ingest.finding.Severity;

/** A validation finding as stored with its batch (and record, when the record was stored). */
public record StoredFinding(long batchId, Long recordId, Finding finding) {

  static StoredFinding of(
      long batchId, Long recordId, long recordNo, String localId, long byteOffset, String code,
      String severity, String tag, String subfield, List<String> args) {
    return new StoredFinding(
        batchId,
        recordId,
        new Finding(
            FindingCode.valueOf(code),
            Severity.valueOf(severity),
            (int) recordNo,
            localId,
            byteOffset,
            tag,
            subfield == null || subfield.isEmpty() ? null : subfield.charAt(0),
            args));
  }
}
