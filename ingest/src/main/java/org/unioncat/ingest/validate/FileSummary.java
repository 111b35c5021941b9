package org.unioncat.ingest.validate;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import org.unioncat.ingest.finding.Finding;
import org.unioncat.ingest.finding.FindingCode;
import org.unioncat.ingest.finding.Severity;
import org.unioncat.ingest.marc.MarcEncoding;
import org.unioncat.ingest.read.ContainerFormat;

/**
 * Counts for one validated file: records read, records with errors, records per flavour and per
 * source character set, findings per code and per severity. Accumulated record by record, so it
 * costs constant memory whatever the file size.
 *
 * <p>Not thread-safe: one consumer adds records in order.
 */
public final class FileSummary {
  private final String file;
  private long recordsRead;
  private long recordsWithErrors;
  private long recordsWithWarnings;
  private final Map<String, Long> flavours = new TreeMap<>();
  private final Map<String, Long> encodings = new TreeMap<>();
  private final Map<FindingCode, Map<Severity, Long>> findingsByCodeAndSeverity =
      new EnumMap<>(FindingCode.class);
  private final Map<Severity, Long> findingsBySeverity = new EnumMap<>(Severity.class);

  public FileSummary(String file) {
    this.file = file;
  }

  /** Counts one record and its findings. */
  public void add(ValidatedRecord record) {
    if (record.read().ordinal() > 0) {
      recordsRead++;
      flavours.merge(record.read().flavour().label(), 1L, Long::sum);
      String encoding = record.read().encoding().map(MarcEncoding::label).orElse("unreadable");
      if (record.read().format() != ContainerFormat.ISO2709) {
        encoding = record.read().format().label() + " (UTF-8)";
      }
      encodings.merge(encoding, 1L, Long::sum);
    }
    boolean error = false;
    boolean warning = false;
    for (Finding f : record.findings()) {
      findingsByCodeAndSeverity
          .computeIfAbsent(f.code(), c -> new EnumMap<>(Severity.class))
          .merge(f.severity(), 1L, Long::sum);
      findingsBySeverity.merge(f.severity(), 1L, Long::sum);
      error |= f.severity() == Severity.ERROR;
      warning |= f.severity() == Severity.WARNING;
    }
    if (record.read().ordinal() > 0) {
      recordsWithErrors += error ? 1 : 0;
      recordsWithWarnings += warning ? 1 : 0;
    }
  }

  public String file() {
    return file;
  }

  public long recordsRead() {
    return recordsRead;
  }

  public long recordsWithErrors() {
    return recordsWithErrors;
  }

  public long recordsWithWarnings() {
    return recordsWithWarnings;
  }

  /** Findings per code (all severities), codes in declaration order. */
  public Map<FindingCode, Long> findingsByCode() {
    Map<FindingCode, Long> out = new EnumMap<>(FindingCode.class);
    findingsByCodeAndSeverity.forEach(
        (code, counts) -> out.put(code, counts.values().stream().mapToLong(Long::longValue).sum()));
    return out;
  }

  /**
   * Findings per code and severity, codes in declaration order: one code can be reported at two
   * severities (a directory fully recovered is a warning, one that lost fields an error).
   */
  public Map<FindingCode, Map<Severity, Long>> findingsByCodeAndSeverity() {
    Map<FindingCode, Map<Severity, Long>> copy = new EnumMap<>(FindingCode.class);
    findingsByCodeAndSeverity.forEach((code, counts) -> copy.put(code, new EnumMap<>(counts)));
    return copy;
  }

  public long findings(Severity severity) {
    return findingsBySeverity.getOrDefault(severity, 0L);
  }

  /** Records per flavour label ("MARC21", "CNMARC", ...), sorted by label. */
  public Map<String, Long> sortedFlavours() {
    return new TreeMap<>(flavours);
  }

  /** Records per source character set ("MARC-8", "UTF-8", "GB18030", ...), sorted by label. */
  public Map<String, Long> sortedEncodings() {
    return new TreeMap<>(encodings);
  }
}
