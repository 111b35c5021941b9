package org.unioncat.ingest.normalize.title;

import java.util.Set;
import java.util.regex.Pattern;
import org.unioncat.ingest.normalize.Whitespace;

/**
 * Removes the ISBD punctuation a cataloger types at the end of a subfield to introduce the next one
 * (" /" before the statement of responsibility, " :" before other title information, " ;", " =",
 * ",") and the closing full stop, so that displays read "The hobbit" rather than "The hobbit /".
 * Used by the title, name and publisher extractors.
 *
 * <p>Stateless and thread-safe.
 */
public final class IsbdPunctuation {
  private static final Pattern TRAILING = Pattern.compile("[\\s/:;=,]+$");

  /** Words whose full stop is part of the word, so it is kept at the end of a value. */
  private static final Set<String> ABBREVIATIONS =
      Set.of("jr", "sr", "inc", "ltd", "co", "corp", "bros", "etc", "ed", "eds", "al", "pub");

  private IsbdPunctuation() {}

  /**
   * {title, statement of responsibility} of a title subfield into which the cataloger typed the
   * statement after ISBD's " / " ("Babel / Barbara Hamby."); {text, null} when there is no " / "
   * with a title before it. Only the spaced slash counts: ISBD prescribes it before the statement
   * of responsibility, while a slash inside a title ("Input/output") is written without spaces.
   */
  public static String[] splitResponsibility(String text) {
    if (text == null) {
      return new String[] {"", null};
    }
    int at = text.indexOf(" / ");
    if (at <= 0) {
      return new String[] {text, null};
    }
    String title = text.substring(0, at);
    String rest = trim(text.substring(at + 3));
    if (trim(title).isEmpty() || rest.isEmpty()) {
      return new String[] {text, null};
    }
    return new String[] {title, rest};
  }

  /**
   * {@code text} without trailing ISBD separators and without a final full stop, unless that stop
   * ends an initial ("Bruner, Jerome S."), an abbreviation ("Jr.", "Inc.") or an ellipsis. Returns
   * "" for null.
   */
  public static String trim(String text) {
    if (text == null) {
      return "";
    }
    String s = text.strip();
    String previous;
    do {
      previous = s;
      s = withoutTrailingSeparators(s);
      if (s.endsWith(".") && !s.endsWith("..") && !endsWithInitialOrAbbreviation(s)) {
        s = s.substring(0, s.length() - 1).strip();
      }
    } while (!s.equals(previous));
    return s;
  }

  /**
   * {@code s} without its trailing run of separators: {@code TRAILING.matcher(s).replaceAll("")},
   * hand-written because it runs on nearly every subfield. A regex {@code $} also matches before a
   * final line terminator; the separators include \n and \r, so only the terminators outside
   * them (U+0085, U+2028, U+2029) make a difference, and those rare values go to the regex.
   */
  private static String withoutTrailingSeparators(String s) {
    if (s.isEmpty()) {
      return s;
    }
    char last = s.charAt(s.length() - 1);
    if (last == '\u0085' || last == '\u2028' || last == '\u2029') {
      return TRAILING.matcher(s).replaceAll("");
    }
    int end = s.length();
    while (end > 0 && isSeparator(s.charAt(end - 1))) {
      end--;
    }
    return end == s.length() ? s : s.substring(0, end);
  }

  /** The characters of {@code [\s/:;=,]}. */
  private static boolean isSeparator(char c) {
    return c == '/' || c == ':' || c == ';' || c == '=' || c == ',' || Whitespace.isRegexSpace(c);
  }

  /** {@code text} trimmed and with one pair of enclosing square brackets ("[Beijing]") removed. */
  public static String unbracket(String text) {
    String s = trim(text);
    if (s.startsWith("[") && s.endsWith("]") && s.indexOf(']') == s.length() - 1) {
      s = trim(s.substring(1, s.length() - 1));
    }
    return s;
  }

  private static boolean endsWithInitialOrAbbreviation(String s) {
    int end = s.length() - 1; // index of the '.'
    int start = end;
    while (start > 0 && Character.isLetter(s.charAt(start - 1))) {
      start--;
    }
    String word = s.substring(start, end);
    if (word.isEmpty()) {
      return false;
    }
    boolean wordStart = start == 0 || !Character.isLetterOrDigit(s.charAt(start - 1));
    return wordStart
        && (word.length() == 1 || ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT)));
  }
}
