package org.unioncat.ingest.normalize.date;

/**
 * Reads small Chinese numerals ("二十五", "十", "两", "〇", "元" for the first year of an era) and
 * Arabic digits. Used by the date, edition and extent parsers. Stateless and thread-safe.
 */
public final class ChineseNumerals {
  /** Characters that may appear in a Chinese numeral this class reads. */
  public static final String CHARS = "〇零一二两三四五六七八九十百元0123456789";

  private ChineseNumerals() {}

  /** The value of {@code text}, or null when it is not a numeral this class reads. */
  public static Integer parse(String text) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    if (text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return text.length() > 6 ? null : Integer.valueOf(text);
    }
    if (text.equals("元")) {
      return 1;
    }
    if (text.indexOf('十') < 0 && text.indexOf('百') < 0) {
      return positional(text); // "一〇" = 10, "二〇〇五" = 2005
    }
    int total = 0;
    int current = 0;
    boolean any = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int d = digit(c);
      if (d >= 0) {
        current = d;
        any = true;
      } else if (c == '十') {
        total += (current == 0 ? 1 : current) * 10;
        current = 0;
        any = true;
      } else if (c == '百') {
        total += (current == 0 ? 1 : current) * 100;
        current = 0;
        any = true;
      } else {
        return null;
      }
    }
    return any ? total + current : null;
  }

  private static Integer positional(String text) {
    int value = 0;
    for (int i = 0; i < text.length(); i++) {
      int d = digit(text.charAt(i));
      if (d < 0 || i > 5) {
        return null;
      }
      value = value * 10 + d;
    }
    return value;
  }

  private static int digit(char c) {
    switch (c) {
      case '〇':
      case '零':
        return 0;
      case '一':
        return 1;
      case '二':
      case '两':
        return 2;
      case '三':
        return 3;
      case '四':
        return 4;
      case '五':
        return 5;
      case '六':
        return 6;
      case '七':
        return 7;
      case '八':
        return 8;
      case '九':
        return 9;
      default:
        return c >= '0' && c <= '9' ? c - '0' : -1;
    }
  }
}
