package org.unioncat.ingest.normalize.series;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognizes a general note (500, UNIMARC 300) that is a series statement and splits it into
 * title and numbering. Precision first: see the package documentation for what counts. Stateless
 * and thread-safe.
 */
final class SeriesNoteParser {
  private static final Pattern FINAL_STOP = Pattern.compile("[.。]$");
  private static final Pattern LABELLED =
      Pattern.compile(
          "^(?:series(?: statement)?|serie|reihe|collection|colección|collana|丛书名|叢書名|丛编题名"
              + "|丛编名|丛编|丛书|叢書|系列名)\\s*[:：]\\s*(.+)$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern PARENTHESIZED = Pattern.compile("^\\(([^()]+)\\)$");
  private static final Pattern ONE_OF =
      Pattern.compile("^(?:本书|该书|此书|本书系)?(?:为|是|系|属|列入)\\s*(.+?)(?:之一|中的一种|中的一本|的一种)$");
  private static final Pattern GUILLEMETS =
      Pattern.compile("^《([^》]+)》\\s*(丛书|叢書|文库|文庫|书系|系列|系列丛书|系列教材)?\\s*(?:[;；]\\s*(.+))?$");
  private static final Pattern SERIES_SUFFIX =
      Pattern.compile(
          "^([^。，,：:;；()（）]{2,40}?(?:丛书|叢書|文库|文庫|书系|書系|系列教材|系列丛书|规划教材"
              + "|教材系列|系列))\\s*(?:[;；]\\s*(.+))?$");
  private static final String[] SERIES_SUFFIX_WORDS = {
    "丛书", "叢書", "文库", "文庫", "书系", "書系", "系列", "规划教材"
  };
  private static final Pattern SPLIT = Pattern.compile("^(.+?)\\s*[;；]\\s*(.+)$");
  private static final Pattern NUMBERING = Pattern.compile("\\d|第|[一二三四五六七八九十]");
  private static final Pattern SERIES_WORD =
      Pattern.compile(
          "(?i)(?<![\\p{L}])(?:series|library|classics|collection|studies|monographs|papers|texts"
              + "|bibliothek|bibliothèque|biblioteca|reihe|collana|colección|cahiers)(?![\\p{L}])"
              + "|丛书|叢書|文库|书系|系列|规划教材|教材");

  private SeriesNoteParser() {}

  /** The series in {@code note} as (title, numbering), or empty when it is not a series note. */
  static Optional<String[]> parse(String note) {
    if (note == null || note.isBlank()) {
      return Optional.empty();
    }
    String s = Normalizer.normalize(note, Normalizer.Form.NFKC).trim();
    s = FINAL_STOP.matcher(s).replaceAll("").trim();
    Matcher m = LABELLED.matcher(s);
    if (m.matches()) {
      return Optional.of(split(m.group(1)));
    }
    m = PARENTHESIZED.matcher(s);
    if (m.matches()) {
      String[] parts = split(m.group(1));
      boolean numbered = !parts[1].isEmpty() && NUMBERING.matcher(parts[1]).find();
      return numbered || SERIES_WORD.matcher(parts[0]).find() ? Optional.of(parts) : Optional.empty();
    }
    m = ONE_OF.matcher(s);
    if (m.matches() && SERIES_WORD.matcher(m.group(1)).find()) {
      return Optional.of(split(m.group(1).replace("《", "").replace("》", "")));
    }
    m = GUILLEMETS.matcher(s);
    if (m.matches()) {
      String suffix = m.group(2) == null ? "" : m.group(2);
      return Optional.of(new String[] {m.group(1) + suffix, m.group(3) == null ? "" : m.group(3)});
    }
    m = SERIES_SUFFIX.matcher(s);
    if (containsSeriesSuffixWord(s) && m.matches()) {
      return Optional.of(new String[] {m.group(1), m.group(2) == null ? "" : m.group(2)});
    }
    return Optional.empty();
  }

  /**
   * Whether {@code s} holds one of the words {@link #SERIES_SUFFIX} ends with (系列教材, 系列丛书 and
   * 教材系列 contain 系列). SERIES_SUFFIX tries its lazy prefix at every length, which is slow on the
   * long Latin-script notes that can never match it.
   */
  private static boolean containsSeriesSuffixWord(String s) {
    for (String word : SERIES_SUFFIX_WORDS) {
      if (s.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private static String[] split(String text) {
    Matcher m = SPLIT.matcher(text.trim());
    return m.matches()
        ? new String[] {m.group(1), m.group(2)}
        : new String[] {text.trim(), ""};
  }
}
