package org.unioncat.ingest.normalize.series;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unioncat.ingest.normalize.TextFolder;
import org.unioncat.ingest.normalize.date.ChineseNumerals;

/**
 * Builds series entries: cleans the title, reads the number, computes the key. Stateless and
 * thread-safe.
 */
final class SeriesKeys {
  private static final Pattern TITLE_TRAILING = Pattern.compile("[\\s;；,，:：/=.]+$");
  private static final Pattern NUMBERING_TRAILING = Pattern.compile("[\\s;；,，.)）]+$");
  private static final Pattern HAN_SPACE =
      Pattern.compile("(?<=\\p{IsHan}) (?=\\p{IsHan})");
  private static final Pattern ARABIC = Pattern.compile("\\d+");
  private static final Pattern CHINESE_NUMBER =
      Pattern.compile("第?\\s*([" + ChineseNumerals.CHARS + "]{1,4})\\s*[辑輯册冊卷本号號集部种種]");

  private SeriesKeys() {}

  static SeriesEntry entry(String rawTitle, String numbering, String source, boolean fromNote) {
    String title = cleanTitle(rawTitle);
    String n = cleanNumbering(numbering);
    return new SeriesEntry(title, n, number(n), key(title), source, fromNote);
  }

  /** The comparison key of a series title (see the package documentation). */
  static String key(String title) {
    String k = HAN_SPACE.matcher(TextFolder.fold(title)).replaceAll("");
    if (k.endsWith("丛书") && k.length() > 2) {
      k = k.substring(0, k.length() - 2);
    } else if (k.endsWith(" series") && k.indexOf(' ') < k.length() - 7) {
      k = k.substring(0, k.length() - 7);
    }
    if (k.startsWith("the ") && k.length() > 4) {
      k = k.substring(4);
    }
    return k.trim();
  }

  static String cleanTitle(String title) {
    String t = title == null ? "" : Normalizer.normalize(title, Normalizer.Form.NFC).trim();
    t = TITLE_TRAILING.matcher(t).replaceAll("").trim();
    if (t.startsWith("《") && t.endsWith("》") && t.indexOf('》') == t.length() - 1) {
      t = t.substring(1, t.length() - 1);
    }
    return t;
  }

  private static String cleanNumbering(String numbering) {
    return numbering == null ? "" : NUMBERING_TRAILING.matcher(numbering.trim()).replaceAll("").trim();
  }

  private static Integer number(String numbering) {
    Matcher m = ARABIC.matcher(numbering);
    if (m.find() && m.group().length() <= 6) {
      return Integer.valueOf(m.group());
    }
    m = CHINESE_NUMBER.matcher(numbering);
    return m.find() ? ChineseNumerals.parse(m.group(1)) : null;
  }
}
