package org.unioncat.ingest.normalize.date;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads years from a transcribed publication date as catalogers write it in 260$c, 264$c and
 * 210$d. Never throws; a statement without a usable year gives null years. Stateless and
 * thread-safe.
 *
 * <p>Order of evidence: an explicit era year ("民国25年", "昭和50年") converts to the Gregorian
 * year; copyright years (after c, ©, p, ℗, "cop.", "copyright") are kept apart from the
 * publication year; the first other year between 1000 and 2100 is the publication year (so "2005,
 * c1999" gives 2005 and c1999; "[c1892] 1904" gives 1904 and c1892; Buddhist-era "2546 [2003]"
 * gives 2003); a statement with only a copyright year takes it as the year (MARC21 codes "c2005"
 * as Date1 2005); "19--", "197-", "[2000s?]" give a range and no year; Roman numerals count only
 * when there are no Arabic years.
 */
public final class TranscribedDateParser {
  private static final int MIN_YEAR = 1000;
  private static final int MAX_YEAR = 2100;
  // a lone "M" or "MD" in a statement is more likely a word or initial than a year
  private static final int MIN_ROMAN_YEAR = 1450;
  private static final Pattern ERA =
      Pattern.compile("(民国|民國|明治|大正|昭和|平成|令和)\\s*([" + ChineseNumerals.CHARS + "]{1,4})\\s*年");
  private static final Pattern COPYRIGHT =
      Pattern.compile(
          "(?:(?<![A-Za-z])[cCpP]\\s?|©\\s*|℗\\s*|\\bcop\\.\\s*|\\bcopyright\\s*)(\\d{4})(?!\\d)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d|s\\b)");
  private static final Pattern RANGE_END = Pattern.compile("^\\s*[-–]\\s*(\\d{2,4})(?!\\d)");
  private static final Pattern DECADE = Pattern.compile("(?<!\\d)(\\d{3})(?:-|\\?|0s|_)(?!\\d)");
  private static final Pattern CENTURY = Pattern.compile("(?<!\\d)(\\d{2})(?:--|\\?\\?|uu)(?!\\d)");
  private static final Pattern ROMAN =
      Pattern.compile("\\bM{1,2}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})\\b");

  private TranscribedDateParser() {}

  /** Parses {@code raw} (may be null) found in {@code source}. */
  public static TranscribedDate parse(String raw, String source) {
    if (raw == null || raw.isBlank()) {
      return new TranscribedDate(raw == null ? "" : raw, null, null, null, null, source);
    }
    String s = Normalizer.normalize(raw, Normalizer.Form.NFKC);
    Integer era = eraYear(s);
    if (era != null) {
      return single(raw, era, null, source);
    }
    Integer copyright = null;
    Matcher c = COPYRIGHT.matcher(s);
    StringBuilder rest = new StringBuilder();
    int last = 0;
    while (c.find()) {
      int y = Integer.parseInt(c.group(1));
      if (copyright == null && inRange(y)) {
        copyright = y;
      }
      rest.append(s, last, c.start()).append(' ');
      last = c.end();
    }
    rest.append(s.substring(last));
    String noCopyright = rest.toString();
    Matcher y = YEAR.matcher(noCopyright);
    while (y.find()) {
      int year = Integer.parseInt(y.group(1));
      if (!inRange(year)) {
        continue;
      }
      Integer end = rangeEnd(year, noCopyright.substring(y.end()));
      return new TranscribedDate(raw, year, copyright, year, end == null ? year : end, source);
    }
    Matcher decade = DECADE.matcher(noCopyright);
    if (decade.find()) {
      int start = Integer.parseInt(decade.group(1)) * 10;
      if (inRange(start)) {
        return range(raw, copyright, start, start + 9, source);
      }
    }
    Matcher century = CENTURY.matcher(noCopyright);
    if (century.find()) {
      int start = Integer.parseInt(century.group(1)) * 100;
      if (inRange(start)) {
        return range(raw, copyright, start, start + 99, source);
      }
    }
    if (copyright != null) {
      return single(raw, copyright, copyright, source);
    }
    Matcher roman = ROMAN.matcher(s);
    while (roman.find()) {
      int value = romanValue(roman.group());
      if (value >= MIN_ROMAN_YEAR && value <= MAX_YEAR) {
        return single(raw, value, null, source);
      }
    }
    return new TranscribedDate(raw, null, null, null, null, source);
  }

  private static TranscribedDate single(String raw, int year, Integer copyright, String source) {
    return new TranscribedDate(raw, year, copyright, year, year, source);
  }

  private static TranscribedDate range(
      String raw, Integer copyright, int start, int end, String source) {
    if (copyright != null) {
      // "[19--], c1958": the copyright year is the only single year stated
      return new TranscribedDate(raw, copyright, copyright, start, end, source);
    }
    return new TranscribedDate(raw, null, null, start, end, source);
  }

  /** "1791-1793" gives 1793, "1884-85" gives 1885; null when no range follows. */
  private static Integer rangeEnd(int start, String after) {
    Matcher m = RANGE_END.matcher(after);
    if (!m.find()) {
      return null;
    }
    String digits = m.group(1);
    int end =
        digits.length() == 4
            ? Integer.parseInt(digits)
            : Integer.parseInt(String.valueOf(start).substring(0, 4 - digits.length()) + digits);
    return end > start && end <= MAX_YEAR ? end : null;
  }

  private static Integer eraYear(String s) {
    Matcher m = ERA.matcher(s);
    if (!m.find()) {
      return null;
    }
    Integer n = ChineseNumerals.parse(m.group(2));
    if (n == null || n < 1) {
      return null;
    }
    switch (m.group(1)) {
      case "民国":
      case "民國":
        return 1911 + n;
      case "明治":
        return 1867 + n;
      case "大正":
        return 1911 + n;
      case "昭和":
        return 1925 + n;
      case "平成":
        return 1988 + n;
      default: // 令和
        return 2018 + n;
    }
  }

  private static int romanValue(String roman) {
    int total = 0;
    int previous = 0;
    for (int i = roman.length() - 1; i >= 0; i--) {
      int v = "IVXLCDM".indexOf(roman.charAt(i));
      int value = new int[] {1, 5, 10, 50, 100, 500, 1000}[v];
      total += value < previous ? -value : value;
      previous = Math.max(previous, value);
    }
    return total;
  }

  private static boolean inRange(int year) {
    return year >= MIN_YEAR && year <= MAX_YEAR;
  }
}
