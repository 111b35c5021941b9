package org.unioncat.ingest.write;

import org.unioncat.ingest.marc.MarcRecord;

/**
 * A record that a writer refuses because the target format cannot carry it faithfully: an ISO
 * 2709 record over 99,999 bytes or with a field over 9,999 bytes, a tag, indicator or subfield
 * code that is not one ASCII character, or data containing the ISO 2709 delimiters. Nothing of
 * the record has been written when this is thrown; the stream stays well formed.
 */
public final class UnwritableRecordException extends IllegalArgumentException {
  private final String localId;

  UnwritableRecordException(MarcRecord record, String reason) {
    super("record " + describe(record) + " cannot be written: " + reason);
    this.localId = record.localId().orElse("");
  }

  /** The refused record's 001, or "" when it has none. */
  public String localId() {
    return localId;
  }

  private static String describe(MarcRecord record) {
    return record.localId().map(id -> "001=" + id).orElse("(no 001)");
  }
}
