package org.unioncat.ingest.normalize.date;

/**
 * The coded publication date: MARC21 008/06 type, 008/07-10 Date1, 008/11-14 Date2, or UNIMARC
 * 100$a/8 type, /9-12 Date1, /13-16 Date2. Immutable and thread-safe.
 *
 * <p>MARC21 type r: Date1 is the reprint's date, Date2 the original's. UNIMARC type e: Date1 is
 * the reproduction's date, Date2 the original's. A date with 'u', '#', '|', blanks or other
 * non-digits ("19uu") is null.
 *
 * @param type the date type character (' ' when absent)
 * @param date1 Date1, or null
 * @param date2 Date2, or null
 * @param source "008/06-14" or "100$a/8-16"
 */
public record CodedDate(char type, Integer date1, Integer date2, String source) {

  /** Whether the type says this is a reprint (MARC21 r) or reproduction (UNIMARC e). */
  public boolean isReprint() {
    return source.startsWith("008") ? type == 'r' : type == 'e';
  }

  /** Whether Date1-Date2 is a range (multipart, questionable, inclusive or continuing dates). */
  public boolean isRange() {
    return source.startsWith("008")
        ? "cdikmqu".indexOf(type) >= 0
        : "abcfg".indexOf(type) >= 0;
  }

  /** Reads four positions of a coded field as a year, or null. */
  static Integer year(String four) {
    if (four.length() != 4) {
      return null;
    }
    for (int i = 0; i < 4; i++) {
      if (four.charAt(i) < '0' || four.charAt(i) > '9') {
        return null;
      }
    }
    int y = Integer.parseInt(four);
    return y == 0 ? null : y;
  }
}
