package org.unioncat.ingest.finding;

import java.util.List;
import java.util.Locale;

/**
 * One thing reading or validation found in one record: a stable code, a severity, where it is
 * (record ordinal in the file, its 001, its byte offset, the tag and subfield) and the values that
 * go into the bilingual message. A bad record is data, not an exception: findings are collected,
 * never thrown.
 *
 * <p>Immutable and thread-safe.
 *
 * @param recordNo 1-based ordinal of the record in its file (0 when the finding concerns the file)
 * @param localId the record's 001, or null when absent or not yet known
 * @param byteOffset offset of the record's first byte in the (decompressed) file, or -1
 * @param tag the field concerned, or null
 * @param subfield the subfield code concerned, or null
 * @param args values substituted into the message ({0}, {1}, ...), in the message's order: data
 *     as it is, or a {@link FindingDetail} when the value is an explanation worded by UnionCat
 */
public record Finding(
    FindingCode code,
    Severity severity,
    int recordNo,
    String localId,
    long byteOffset,
    String tag,
    Character subfield,
    List<String> args) {

  public Finding {
    if (code == null || severity == null) {
      throw new IllegalArgumentException("a finding needs a code and a severity");
    }
    args = List.copyOf(args);
  }

  /** A finding with the code's default severity and no location beyond the tag. */
  public static Finding of(FindingCode code, String tag, Character subfield, Object... args) {
    return new Finding(code, code.defaultSeverity(), 0, null, -1, tag, subfield, strings(args));
  }

  /** The same finding, placed at a record (ordinal, 001, byte offset). */
  public Finding at(int recordNo, String localId, long byteOffset) {
    return new Finding(code, severity, recordNo, localId, byteOffset, tag, subfield, args);
  }

  /** The same finding with another severity (e.g. a rule configured stricter). */
  public Finding withSeverity(Severity newSeverity) {
    return new Finding(code, newSeverity, recordNo, localId, byteOffset, tag, subfield, args);
  }

  /** "245" or "020$a", or "" when the finding concerns no field. */
  public String fieldRef() {
    if (tag == null) {
      return "";
    }
    return subfield == null ? tag : tag + "$" + subfield;
  }

  /** The message body in the given language (English unless the locale is Chinese). */
  public String message(Locale locale) {
    return FindingMessages.message(this, locale);
  }

  private static List<String> strings(Object... args) {
    String[] out = new String[args.length];
    for (int i = 0; i < args.length; i++) {
      out[i] = String.valueOf(args[i]);
    }
    return List.of(out);
  }
}
