package org.unioncat.ingest.read;

import java.util.Optional;
import org.unioncat.ingest.marc.MarcEncoding;
import org.unioncat.ingest.marc.MarcFlavour;

/**
 * What the user told the reader, overriding detection. Empty values mean "detect".
 *
 * @param format container format, or empty to detect from the first bytes
 * @param encoding character set of every record, or empty to detect per record
 * @param flavour tag table of every record, or empty to detect per record
 * @param threads decoding threads for ISO 2709 (1 = decode on the caller's thread)
 * @param maxRecordBytes records larger than this are reported and not decoded
 */
public record ReadOptions(
    Optional<ContainerFormat> format,
    Optional<MarcEncoding> encoding,
    Optional<MarcFlavour> flavour,
    int threads,
    int maxRecordBytes) {

  /** Twice the ISO 2709 maximum: oversize records exist in the wild and are reported, not lost. */
  public static final int DEFAULT_MAX_RECORD_BYTES = 2 * 99_999 + 2;

  public ReadOptions {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1");
    }
  }

  /** Detect everything, decode on all available cores. */
  public static ReadOptions detect() {
    return new ReadOptions(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Runtime.getRuntime().availableProcessors(),
        DEFAULT_MAX_RECORD_BYTES);
  }

  public ReadOptions withFormat(ContainerFormat f) {
    return new ReadOptions(Optional.of(f), encoding, flavour, threads, maxRecordBytes);
  }

  public ReadOptions withEncoding(MarcEncoding e) {
    return new ReadOptions(format, Optional.of(e), flavour, threads, maxRecordBytes);
  }

  public ReadOptions withFlavour(MarcFlavour f) {
    return new ReadOptions(format, encoding, Optional.of(f), threads, maxRecordBytes);
  }

  /** Records larger than {@code bytes} are reported (RECORD_TOO_LONG) and not decoded. */
  public ReadOptions withMaxRecordBytes(int bytes) {
    return new ReadOptions(format, encoding, flavour, threads, bytes);
  }

  public ReadOptions withThreads(int n) {
    return new ReadOptions(format, encoding, flavour, n, maxRecordBytes);
  }
}
