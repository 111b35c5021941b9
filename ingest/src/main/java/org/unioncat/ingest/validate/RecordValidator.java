package org.unioncat.ingest.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.unioncat.config.HoldingsMapping;
import org.unioncat.config.LibrarySettings;
import org.unioncat.ingest.finding.Finding;
import org.unioncat.ingest.finding.FindingCode;
import org.unioncat.ingest.marc.MarcRecord;
import org.unioncat.ingest.normalize.NormalizedRecord;
import org.unioncat.ingest.normalize.Normalizer;
import org.unioncat.ingest.read.ReadRecord;

/**
 * Validates one record as read from an upload: keeps the reader's structural findings, normalizes
 * the record (once: the normalized view travels on with the record to the store and the matcher)
 * and applies the content rules, each finding placed at the record (ordinal, 001, byte offset).
 *
 * <p>Thread-safe: holds only immutable configuration, so one instance serves a whole batch and
 * may be called from several threads.
 */
public final class RecordValidator {
  private final List<ContentRule> rules;
  private final Normalizer normalizer;

  public RecordValidator(ValidationContext context) {
    this.rules = ContentRules.all(context);
    List<HoldingsMapping> mappings =
        context.library().map(LibrarySettings::holdings).orElse(List.of(
            HoldingsMapping.marc21Default(), HoldingsMapping.cnmarcDefault()));
    this.normalizer = new Normalizer(mappings);
  }

  /** All findings about {@code read}: reading findings first, then content findings. */
  public ValidatedRecord validate(ReadRecord read) {
    List<Finding> findings = new ArrayList<>(read.findings());
    String localId = read.localId().orElse(null);
    Optional<NormalizedRecord> normalized = Optional.empty();
    if (read.record().isPresent()) {
      MarcRecord record = read.record().get();
      if (record.leader().isDeleted()) {
        // A deletion request carries no data worth checking or storing.
        findings.add(
            Finding.of(FindingCode.RECORD_DELETED, null, null)
                .at(read.ordinal(), localId, read.byteOffset()));
      } else {
        NormalizedRecord n = normalizer.normalize(record, read.flavour());
        normalized = Optional.of(n);
        for (ContentRule rule : rules) {
          for (Finding f : rule.check(record, n)) {
            findings.add(f.at(read.ordinal(), localId, read.byteOffset()));
          }
        }
      }
    }
    return new ValidatedRecord(read, normalized, findings);
  }
}
