package org.unioncat.ingest.read;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.marc4j.converter.impl.AnselToUnicode;
import org.unioncat.ingest.finding.FindingDetail;

/**
 * Converts MARC-8 bytes (ANSEL plus the escape sequences to Greek, Cyrillic, Hebrew, Arabic and
 * EACC) to Unicode with marc4j's {@link AnselToUnicode}, collecting the problems it reports
 * (unknown escape sequences, unmapped characters) instead of losing them. Pure-ASCII input is
 * returned without going through the converter: most MARC-8 data is ASCII, and the converter
 * dominates reading time.
 *
 * <p>Not thread-safe (the converter and its error list are per instance): one per decoding thread.
 */
final class Marc8Decoder {
  private final List<String> errors = new ArrayList<>(2);
  private final AnselToUnicode converter =
      new AnselToUnicode((severity, message) -> errors.add(message));

  /**
   * The Unicode text (not yet normalized) of b[off, off+len). Problems are appended to {@code
   * problems} as {@link FindingDetail}s quoting the converter's own (English) words; the result
   * then holds what the converter made of the bad bytes.
   */
  String decode(byte[] b, int off, int len, List<String> problems) {
    if (isPlainAscii(b, off, len)) {
      return new String(b, off, len, StandardCharsets.ISO_8859_1);
    }
    char[] chars = new char[len];
    for (int i = 0; i < len; i++) {
      chars[i] = (char) (b[off + i] & 0xFF);
    }
    errors.clear();
    String out;
    try {
      out = converter.convert(chars);
    } catch (RuntimeException e) {
      // marc4j throws MarcException on some broken escape sequences; keep the ASCII and mark
      // the rest as unreadable rather than lose the field.
      problems.add(FindingDetail.of("marc8.converterFailed", e.getMessage()));
      return replaceNonAscii(b, off, len);
    }
    for (String error : errors) {
      problems.add(FindingDetail.of("marc8.converterReports", error));
    }
    return out;
  }

  /** True when there is no byte above 0x7F and no escape: MARC-8 and ASCII agree. */
  static boolean isPlainAscii(byte[] b, int off, int len) {
    for (int i = off; i < off + len; i++) {
      if (b[i] < 0 || b[i] == 0x1B) {
        return false;
      }
    }
    return true;
  }

  private static String replaceNonAscii(byte[] b, int off, int len) {
    StringBuilder out = new StringBuilder(len);
    for (int i = off; i < off + len; i++) {
      out.append(b[i] >= 0x20 ? (char) b[i] : '\uFFFD');
    }
    return out.toString();
  }
}
