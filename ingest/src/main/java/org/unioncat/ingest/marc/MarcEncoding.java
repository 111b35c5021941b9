package org.unioncat.ingest.marc;

import java.util.Locale;
import java.util.Optional;

/**
 * The character set a record's bytes were written in. Whatever it was, the fields of a
 * {@link MarcRecord} are always NFC Unicode; this says what they were converted from.
 */
public enum MarcEncoding {
  /** MARC-8 (ANSEL plus escape sequences to Greek, Cyrillic, Hebrew, Arabic, EACC). */
  MARC8("MARC-8"),
  UTF8("UTF-8"),
  /** GBK and GB 2312 data are decoded as GB 18030, a strict superset of both. */
  GB18030("GB18030"),
  /** ISO 8859-1, only when forced by the user: no real MARC standard names it. */
  LATIN1("ISO-8859-1"),
  /** Windows-1251, used by some RUSMARC exports (UNIMARC family). */
  CP1251("windows-1251");

  private final String label;

  MarcEncoding(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Parses a user-supplied name such as "marc8", "utf-8", "gbk", "gb2312", "gb18030". */
  public static Optional<MarcEncoding> parse(String name) {
    String key = name.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
    switch (key) {
      case "marc8":
      case "ansel":
        return Optional.of(MARC8);
      case "utf8":
      case "unicode":
        return Optional.of(UTF8);
      case "gbk":
      case "gb2312":
      case "gb18030":
      case "cp936":
        return Optional.of(GB18030);
      case "latin1":
      case "iso88591":
        return Optional.of(LATIN1);
      case "cp1251":
      case "windows1251":
        return Optional.of(CP1251);
      default:
        return Optional.empty();
    }
  }
}
