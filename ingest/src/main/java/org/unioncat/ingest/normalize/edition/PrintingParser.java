package org.unioncat.ingest.normalize.edition;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unioncat.ingest.normalize.date.ChineseNumerals;

/**
 * Finds a printing or reprint statement in an edition field or a note. Never throws. Stateless and
 * thread-safe.
 *
 * <p>In an edition field every printing word counts ("Repr.", "Nachdruck", "Nouv. tir."). In a
 * note a bare reprint word counts only at its start ("Reprint. Originally published ...",
 * "Facsimile reprint ..."), so that "Chiefly reprints of essays ..." or "Printed by order of the
 * House" are not taken for a reprint of the book.
 */
final class PrintingParser {
  private static final String NUM = "[0-9" + ChineseNumerals.CHARS + "]{1,4}";
  private static final Pattern CHINESE =
      Pattern.compile(
          "(?:(\\d{4})\\s*年\\s*(?:\\d{1,2}\\s*月\\s*)?(?:\\d{1,2}\\s*日\\s*)?)?(?:第\\s*)?("
              + NUM + ")\\s*次\\s*印(?:刷)?");
  private static final Pattern CHINESE_REPRINT = Pattern.compile("(?:(\\d{4})[年.\\s]*(?:\\d{1,2}月?)?\\s*)?重印");
  private static final Pattern NUMBERED =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(\\d{1,3})(?:st|nd|rd|th|d|e|er|re|ème|eme|\\.|-?е)?\\s*"
              + "(?:printing|impression|impr\\.|print\\.|pr\\.|druck|tirage|tir\\.|opl\\.|oplag|"
              + "ristampa|reimpresión|reimpr\\.|nachdr\\.|nachdruck)(?![\\p{L}])");
  private static final Pattern WORD_NUMBERED =
      Pattern.compile("(?<![\\p{L}])(" + Ordinals.ALTERNATION + ")\\s+(?:printing|impression)");
  private static final Pattern REPRINTED_YEARS =
      Pattern.compile("reprinted\\s*(?:in\\s*)?((?:\\d{4}\\s*[,;]?\\s*(?:and\\s*)?)+)");
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[5-9]\\d{2}|20\\d{2})(?!\\d)");
  private static final Pattern WORD =
      Pattern.compile(
          "(?<![\\p{L}])(?:reprint(?:ed|s)?|repr\\.|nachdruck|nachdr\\.|réimpr(?:ession|\\.)?"
              + "|reimpr(?:esión|\\.)|ristampa|nouv\\.\\s*tir|nouveau tirage|impression"
              + "|printing|tirage)(?![\\p{L}])");
  private static final Pattern NOTE_START =
      Pattern.compile(
          "^[\\s\\[\"'(]*(?:facsim(?:ile)?\\.?\\s*)?(?:reprint|repr\\.|nachdr|réimpr|reimpr"
              + "|photo-?reprint|photomechanical reprint|reissue)");

  /**
   * Fragments one of which every pattern above needs: 印 (印刷, 重印), "print" (printing, print.),
   * "impr" (impression, impr., réimpr, reimpr, reimpresión), "pr." , "repr" (reprint, repr.,
   * reprinted), "druck" and "nachdr" (Nachdruck, Nachdr.), "tir" (tirage, tir., nouv. tir),
   * "opl" (opl., oplag), "ristampa" and "reissue".
   */
  private static final String[] PRINTING_FRAGMENTS = {
    "印", "print", "impr", "pr.", "repr", "druck", "nachdr", "tir", "opl", "ristampa", "reissue"
  };

  private PrintingParser() {}

  /**
   * The printing stated in {@code text}, or {@link Printing#NONE}.
   *
   * @param note true for notes (stricter: see the type documentation)
   */
  static Printing parse(String text, String source, boolean note) {
    if (text == null || text.isBlank()) {
      return Printing.NONE;
    }
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return mayStatePrinting(s) ? parseNormalized(s, text, source, note) : Printing.NONE;
  }

  /**
   * Whether {@code s} (normalized, lower case) holds a fragment of a printing statement. Most
   * notes hold none, and then the regex scans, run on every note, can be skipped.
   */
  static boolean mayStatePrinting(String s) {
    for (String fragment : PRINTING_FRAGMENTS) {
      if (s.contains(fragment)) {
        return true;
      }
    }
    return false;
  }

  /** {@link #parse} on text already NFKC-normalized and lower-cased, without the quick check. */
  static Printing parseNormalized(String s, String text, String source, boolean note) {
    Matcher m = CHINESE.matcher(s);
    if (m.find()) {
      Integer year = m.group(1) == null ? null : Integer.valueOf(m.group(1));
      return new Printing(true, ChineseNumerals.parse(m.group(2)), year, text, source);
    }
    m = CHINESE_REPRINT.matcher(s);
    if (m.find()) {
      Integer year = m.group(1) == null ? null : Integer.valueOf(m.group(1));
      return new Printing(true, null, year, text, source);
    }
    m = NUMBERED.matcher(s);
    if (m.find()) {
      return new Printing(true, Integer.valueOf(m.group(1)), yearAfter(s, "reprinted"), text, source);
    }
    m = WORD_NUMBERED.matcher(s);
    if (m.find()) {
      return new Printing(true, Ordinals.WORDS.get(m.group(1)), null, text, source);
    }
    m = REPRINTED_YEARS.matcher(s);
    if (m.find()) {
      return new Printing(true, null, latestYear(m.group(1)), text, source);
    }
    boolean word = note ? NOTE_START.matcher(s).find() : WORD.matcher(s).find();
    if (word) {
      return new Printing(true, null, note ? null : latestYear(s), text, source);
    }
    return Printing.NONE;
  }

  private static Integer yearAfter(String s, String word) {
    int i = s.indexOf(word);
    return i < 0 ? null : latestYear(s.substring(i));
  }

  private static Integer latestYear(String s) {
    Matcher y = YEAR.matcher(s);
    Integer latest = null;
    while (y.find()) {
      int v = Integer.parseInt(y.group(1));
      latest = latest == null ? v : Math.max(latest, v);
    }
    return latest;
  }
}
