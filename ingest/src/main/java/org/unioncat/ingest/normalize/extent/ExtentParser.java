package org.unioncat.ingest.normalize.extent;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads pages, volumes and preliminary pages from an extent statement (see the package
 * documentation for the rules). Never throws. Stateless and thread-safe.
 */
final class ExtentParser {
  private static final Pattern VOLUMES =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(\\d{1,4})\\s*(?:v\\.|vols?\\.?(?![\\p{L}])|volumes?|册|冊|卷|本(?![\\p{L}])"
              + "|bd\\.|bde\\.|bände|t\\.|tomes?|т\\.)");
  private static final Pattern CHINESE_PARTS = Pattern.compile("([上中下](?:[、,]?[上中下]){1,2})\\s*(?:册|冊|卷)");
  private static final Pattern PAGE_UNIT =
      Pattern.compile(
          "(?<![\\p{L}])(?:p|pp|pages?|s|leaves|l|f|ff|с|стр|页|頁)(?![\\p{L}])|\\d\\s*(?:p|页|頁|s)(?![\\p{L}])");
  private static final Pattern PARENS = Pattern.compile("[(（]([^()（）]*)[)）]");
  private static final Pattern TOKEN =
      Pattern.compile("(\\[?)(\\d{1,5}|[ivxlcdm]+)(\\]?)(?=\\s*(?:[,\\]]|p\\b|pages|leaves|l\\.|s\\.|页|頁|$|\\s))");
  private static final Pattern ROMAN = Pattern.compile("[ivxlcdm]+");
  private static final Pattern PLATES =
      Pattern.compile(
          "图版\\s*\\[?\\d+\\]?\\s*[页頁张張]?|\\[?\\d+\\]?\\s*(?:p\\.|pages|leaves)\\s*of\\s*plates");

  private ExtentParser() {}

  /** Parses {@code raw} found in {@code source}. */
  static ExtentInfo parse(String raw, String source) {
    if (raw == null || raw.isBlank()) {
      return new ExtentInfo(raw == null ? "" : raw, source, null, null, null);
    }
    String s = Normalizer.normalize(raw, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    Integer volumes = volumes(s);
    String pagination = pagination(s);
    Integer pages = null;
    Integer prelim = null;
    if (pagination != null) {
      Matcher t = TOKEN.matcher(pagination);
      while (t.find()) {
        boolean bracketed = !t.group(1).isEmpty();
        String value = t.group(2);
        if (ROMAN.matcher(value).matches()) {
          if (!bracketed && isRomanSequence(pagination, t.start(2), t.end(2))) {
            prelim = (prelim == null ? 0 : prelim) + romanValue(value);
          }
        } else if (!bracketed) {
          int n = Integer.parseInt(value);
          pages = pages == null ? n : Math.max(pages, n);
        }
      }
    }
    return new ExtentInfo(raw, source, pages, volumes, prelim);
  }

  private static Integer volumes(String s) {
    Matcher m = VOLUMES.matcher(s);
    if (m.find()) {
      return Integer.valueOf(m.group(1));
    }
    m = CHINESE_PARTS.matcher(s);
    if (m.find()) {
      return (int) m.group(1).codePoints().filter(c -> "上中下".indexOf(c) >= 0).count();
    }
    return null;
  }

  /**
   * The part of the statement holding the pagination, without the volume count, plates
   * ("图版[40]页", "[4] p. of plates") and carrier words; null when no page unit appears.
   */
  private static String pagination(String s) {
    // the patterns below need a parenthesis, or "图版"/"plates": skip them when absent
    String outside =
        s.indexOf('(') >= 0 || s.indexOf('（') >= 0 ? PARENS.matcher(s).replaceAll(" ") : s;
    String text = PAGE_UNIT.matcher(outside).find() ? outside : insideParentheses(s);
    if (text == null) {
      return null;
    }
    text = VOLUMES.matcher(text).replaceAll(" ");
    if (text.contains("图版") || text.contains("plates")) {
      text = PLATES.matcher(text).replaceAll(" ");
    }
    int stop = indexOfAny(text, ":;");
    return stop >= 0 ? text.substring(0, stop) : text;
  }

  private static String insideParentheses(String s) {
    Matcher m = PARENS.matcher(s);
    while (m.find()) {
      if (PAGE_UNIT.matcher(m.group(1)).find()) {
        return m.group(1);
      }
    }
    return null;
  }

  /** A Roman token counts only as a sequence of its own, not as the "l." of leaves or "v." */
  private static boolean isRomanSequence(String text, int start, int end) {
    String after = text.substring(end).trim();
    return after.isEmpty() || after.startsWith(",") || after.startsWith("p") || after.startsWith("页");
  }

  private static int romanValue(String roman) {
    int total = 0;
    int previous = 0;
    for (int i = roman.length() - 1; i >= 0; i--) {
      int value = new int[] {1, 5, 10, 50, 100, 500, 1000}["ivxlcdm".indexOf(roman.charAt(i))];
      total += value < previous ? -value : value;
      previous = Math.max(previous, value);
    }
    return total;
  }

  private static int indexOfAny(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }
}
