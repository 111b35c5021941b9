package org.unioncat.dedup.merge;

import java.util.Arrays;
import java.util.Objects;

/**
 * One {@code bib_record} row exactly as stored: every column a merge may change. {@code raw} is the
 * MARC byte for byte; {@code updatedAt} an {@link java.time.Instant} in ISO form.
 */
record RowSnapshot(
    long id,
    long libraryId,
    String libraryCode,
    String localId,
    String status,
    Long mergedInto,
    String flavour,
    String containerFormat,
    String sourceEncoding,
    byte[] raw,
    String normalized,
    String contentHash,
    String title,
    String updatedAt) {

  /** Column-by-column equality (a record's byte[] compares by identity otherwise). */
  boolean sameAs(RowSnapshot o) {
    return id == o.id
        && libraryId == o.libraryId
        && Objects.equals(localId, o.localId)
        && Objects.equals(status, o.status)
        && Objects.equals(mergedInto, o.mergedInto)
        && Objects.equals(flavour, o.flavour)
        && Objects.equals(containerFormat, o.containerFormat)
        && Objects.equals(sourceEncoding, o.sourceEncoding)
        && Arrays.equals(raw, o.raw)
        && Objects.equals(normalized, o.normalized)
        && Objects.equals(contentHash, o.contentHash)
        && Objects.equals(title, o.title)
        && Objects.equals(updatedAt, o.updatedAt);
  }
}
