package org.unioncat.ingest.normalize;

/**
 * Hand-written equivalents of {@code replaceAll("\\s+", "")} and {@code replaceAll("\\s+", " ")}
 * for the identifier cleaners, which run on every record: most values hold no whitespace at all,
 * and then the value itself is returned without building anything.
 *
 * <p>Whitespace is exactly what {@code \s} matches in a {@link java.util.regex.Pattern} without
 * {@code UNICODE_CHARACTER_CLASS}: space, tab, line feed, vertical tab, form feed and carriage
 * return. Stateless and thread-safe.
 */
public final class Whitespace {
  private Whitespace() {}

  /** Whether {@code c} is matched by the regex class {@code \s}. */
  public static boolean isRegexSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r'); // \t \n \u000B \f \r
  }

  /** {@code s} without any whitespace: {@code s.replaceAll("\\s+", "")}. */
  public static String removeAll(String s) {
    int first = firstSpace(s);
    if (first < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length()).append(s, 0, first);
    for (int i = first + 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isRegexSpace(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** {@code s} with each run of whitespace replaced by one space: {@code s.replaceAll("\\s+", " ")}. */
  public static String collapse(String s) {
    int first = firstSpace(s);
    if (first < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length()).append(s, 0, first);
    boolean inRun = false;
    for (int i = first; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isRegexSpace(c)) {
        if (!inRun) {
          out.append(' ');
          inRun = true;
        }
      } else {
        out.append(c);
        inRun = false;
      }
    }
    return out.toString();
  }

  private static int firstSpace(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (isRegexSpace(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }
}
