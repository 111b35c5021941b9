package org.unioncat.ingest.normalize.title;

import java.util.regex.Pattern;
import org.unioncat.ingest.normalize.TextFolder;

/**
 * Builds title keys: drops non-filing characters (MARC21 245 second indicator; UNIMARC NSB/NSE
 * markers), reads "&amp;" as "and", folds with {@link TextFolder} and removes spaces next to CJK
 * characters (cause 12: compare by title when ISBNs fail; traditional and simplified, full-width
 * and half-width, punctuation and case variants must share a key).
 *
 * <p>Stateless and thread-safe.
 */
public final class TitleKeys {
  /**
   * Non-sorting text between NSB and NSE: ISO 6630 / MARC-8 control characters U+0088/U+0089, the
   * U+0098/U+009C pair some MARC21 systems use, or the escape sequences ESC H / ESC I.
   */
  private static final Pattern NON_SORTING =
      Pattern.compile("(?:\u0088|\u0098|\u001BH)(.*?)(?:\u0089|\u009C|\u001BI)", Pattern.DOTALL);

  private static final Pattern CONTROL_MARKS =
      Pattern.compile("\u0088|\u0089|\u0098|\u009C|\u001B[HI]");
  private static final Pattern AMPERSAND = Pattern.compile("\\s*&\\s*");

  private TitleKeys() {}

  /** The matching key of a piece of title text; "" for null or blank. */
  public static String key(String text) {
    if (text == null || text.isBlank()) {
      return "";
    }
    String s = text;
    if (mayHoldControlMarks(s)) {
      s = NON_SORTING.matcher(s).replaceAll(" ");
      s = CONTROL_MARKS.matcher(s).replaceAll("");
    }
    if (s.indexOf('&') >= 0) {
      s = AMPERSAND.matcher(s).replaceAll(" and ");
    }
    return HanSpaces.squeeze(TextFolder.fold(s));
  }

  /** {@code text} without NSB/NSE control marks, for display (the enclosed text stays). */
  public static String withoutControlMarks(String text) {
    return text == null || !mayHoldControlMarks(text)
        ? text
        : CONTROL_MARKS.matcher(text).replaceAll("");
  }

  /**
   * Whether {@code text} holds a character that starts a non-sorting or control mark; without one
   * neither pattern can match, and the regex scans (run on every title) are skipped.
   */
  private static boolean mayHoldControlMarks(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u0088' || c == '\u0089' || c == '\u0098' || c == '\u009C' || c == '\u001B') {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code title} without its first {@code count} characters, as the MARC21 non-filing indicator
   * says ("The " = 4, "L'" = 2). The count is ignored when it is not a digit, exceeds the text, or
   * would cut a word in two: a wrong indicator must not eat part of the title.
   */
  public static String skipNonFiling(String title, char indicator) {
    if (title == null || indicator < '1' || indicator > '9') {
      return title;
    }
    int count = indicator - '0';
    if (count >= title.length()) {
      return title;
    }
    char lastSkipped = title.charAt(count - 1);
    char firstKept = title.charAt(count);
    if (Character.isLetterOrDigit(lastSkipped) && Character.isLetterOrDigit(firstKept)) {
      return title;
    }
    return title.substring(count);
  }
}
