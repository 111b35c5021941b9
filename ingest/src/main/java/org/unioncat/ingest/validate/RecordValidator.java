package org.unioncat.ingest.validate;

import java.util.ArrayList;
import java.util.List;
import org.unioncat.ingest.finding.Finding;
import org.unioncat.ingest.finding.FindingCode;
import org.unioncat.ingest.marc.MarcRecord;
import org.unioncat.ingest.read.ReadRecord;

/**
 * Validates one record as read from an upload: keeps the reader's structural findings and adds the
 * content rules, each finding placed at the record (ordinal, 001, byte offset).
 *
 * <p>Thread-safe: holds only immutable configuration, so one instance serves a whole batch and
 * may be called from several decoding threads.
 */
public final class RecordValidator {
  private final List<ContentRule> rules;

  public RecordValidator(ValidationContext context) {
    this.rules = ContentRules.all(context);
  }

  /** All findings about {@code read}: reading findings first, then content findings. */
  public ValidatedRecord validate(ReadRecord read) {
    List<Finding> findings = new ArrayList<>(read.findings());
    String localId = read.localId().orElse(null);
    if (read.record().isPresent()) {
      MarcRecord record = read.record().get();
      if (record.leader().isDeleted()) {
        // A deletion request carries no data worth checking.
        findings.add(
            Finding.of(FindingCode.RECORD_DELETED, null, null)
                .at(read.ordinal(), localId, read.byteOffset()));
      } else {
        for (ContentRule rule : rules) {
          for (Finding f : rule.check(record, read.flavour())) {
            findings.add(f.at(read.ordinal(), localId, read.byteOffset()));
          }
        }
      }
    }
    return new ValidatedRecord(read, findings);
  }
}
