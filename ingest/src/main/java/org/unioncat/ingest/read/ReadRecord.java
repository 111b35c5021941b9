package org.unioncat.ingest.read;

import java.util.List;
import java.util.Optional;
import org.unioncat.ingest.finding.Finding;
import org.unioncat.ingest.finding.Severity;
import org.unioncat.ingest.marc.MarcEncoding;
import org.unioncat.ingest.marc.MarcFlavour;
import org.unioncat.ingest.marc.MarcRecord;

/**
 * One record as it came out of a file: where it was (ordinal, byte offset), its bytes exactly as
 * received, what was decoded from them, and what went wrong while reading. Every record of a file
 * yields exactly one ReadRecord, even when nothing could be decoded ({@link #record()} empty):
 * nothing is dropped silently.
 *
 * <p>Immutable and thread-safe (the raw array is not copied: do not modify it).
 *
 * @param ordinal 1-based position of the record in its file
 * @param byteOffset offset of the record's first byte in the (decompressed) input
 * @param raw the record's bytes exactly as received (for XML/JSON: the record's own text, UTF-8)
 * @param format the container the record came in
 * @param record the decoded record, empty when unreadable
 * @param flavour detected (or forced) tag table
 * @param encoding the character set the bytes were decoded from, empty when unreadable
 * @param findings structural and encoding findings, already placed at this record
 */
public record ReadRecord(
    int ordinal,
    long byteOffset,
    byte[] raw,
    ContainerFormat format,
    Optional<MarcRecord> record,
    MarcFlavour flavour,
    Optional<MarcEncoding> encoding,
    List<Finding> findings) {

  public ReadRecord {
    findings = List.copyOf(findings);
  }

  /** The record's 001, when it could be read. */
  public Optional<String> localId() {
    return record.flatMap(MarcRecord::localId);
  }

  /** True when reading alone found an error (the record must not enter the catalog). */
  public boolean hasReadError() {
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }
}
