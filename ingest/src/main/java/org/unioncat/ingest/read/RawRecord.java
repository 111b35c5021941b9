package org.unioncat.ingest.read;

import java.util.List;

/**
 * One ISO 2709 record as framed from the byte stream, before decoding: its bytes exactly as
 * received and what framing alone found (garbage before it, truncation, missing terminator).
 *
 * <p>Immutable and thread-safe (the byte array is not copied: do not modify it). This is what
 * crosses from the framing thread to the decoding threads.
 *
 * @param ordinal 1-based position in the file
 * @param byteOffset offset of the first byte in the decompressed input
 * @param bytes the record's bytes, including its terminator when it had one
 * @param findings findings from framing, not yet placed at the record
 * @param truncated the input ended before the length the leader announced
 * @param undecodable the bytes are only a prefix of an over-limit record or garbage: do not
 *     decode them
 */
record RawRecord(
    int ordinal,
    long byteOffset,
    byte[] bytes,
    List<org.unioncat.ingest.finding.Finding> findings,
    boolean truncated,
    boolean undecodable) {

  RawRecord {
    findings = List.copyOf(findings);
  }
}
