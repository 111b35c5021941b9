package org.unioncat.dedup.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.unioncat.config.MatchRules;
import org.unioncat.ingest.normalize.title.LeadingArticles;
import org.unioncat.ingest.normalize.title.TitleInfo;

/**
 * Titles, compared on their folded keys (case, punctuation, diacritics, width, traditional vs
 * simplified characters are already folded by normalization). A MARC21 record's 880 key
 * ({@code altScriptKey}) is compared too, so a romanized Chinese record meets its CNMARC twin on
 * the characters. Rules:
 *
 * <ul>
 *   <li>Clearly different titles (similarity below {@code titleClearlyDifferentBelow}): CANNOT_LINK.
 *       Titles in different scripts with no 880 to bridge them are not comparable: no points, at
 *       most POSSIBLE.
 *   <li>Titles that differ only in their numbers ("… 2011" / "… 2012", "'94中国发展报告" /
 *       "'95中国发展报告"): another issue of an annual or numbered series, CANNOT_LINK.
 *   <li>Short common titles ("Poems", "中国通史") earn fewer points: they need the author and the
 *       imprint to agree.
 * </ul>
 */
final class TitleComparer {
  private final MatchRules rules;

  TitleComparer(MatchRules rules) {
    this.rules = rules;
  }

  void compare(TitleInfo a, TitleInfo b, Tally t) {
    compare(a, b, null, null, t);
  }

  /**
   * @param languageA the first record's language code (for its initial articles), or null
   * @param languageB the second record's, or null
   */
  void compare(TitleInfo a, TitleInfo b, String languageA, String languageB, Tally t) {
    List<String> ka = keys(a, languageA);
    List<String> kb = keys(b, languageB);
    double best = 0;
    String bestA = a.key();
    String bestB = b.key();
    for (String x : ka) {
      for (String y : kb) {
        double s = similarity(x, y);
        if (s > best) {
          best = s;
          bestA = x;
          bestB = y;
        }
      }
    }
    // title proper in one record = title proper + other title information in the other
    if (best < 1.0 && (a.key().equals(b.fullKey()) || b.key().equals(a.fullKey()))
        && !a.key().isEmpty() && !b.key().isEmpty()) {
      best = 0.98;
      bestA = a.fullKey();
      bestB = b.fullKey();
    }
    String shown = "\"" + a.titleProper() + "\" vs \"" + b.titleProper() + "\"";
    if (best == 1.0 && onlyNumbersDiffer(a.fullKey(), b.fullKey())) {
      best = 0.0;
      bestA = a.fullKey();
      bestB = b.fullKey();
    }
    if (best < 1.0 && onlyNumbersDiffer(bestA, bestB)) {
      t.cannotLink(null);
      t.add(
          "title",
          "titles differ only in their numbers " + shown + ": another year or issue",
          "题名仅数字不同 " + shown + "：不同年度或期次",
          0);
      return;
    }
    if (best < rules.titleClearlyDifferentBelow()) {
      if (scriptsDiffer(ka, kb)) {
        t.titleIncomparable = true;
        t.atMostPossible = true;
        t.add(
            "title",
            "titles in different scripts, no 880 to compare: " + shown,
            "题名文种不同且无 880 可比：" + shown,
            0);
        return;
      }
      t.cannotLink(null);
      t.add("title", "titles clearly different " + shown, "题名明显不同 " + shown, 0);
      return;
    }
    boolean cjk = Texts.hasCjk(bestA);
    String via = bestA.equals(a.altScriptKey()) || bestB.equals(b.altScriptKey())
        ? " (compared on the 880 characters)" : "";
    String viaZh = via.isEmpty() ? "" : "（按 880 汉字比较）";
    if (best == 1.0) {
      t.titleMatches = true;
      boolean isShort = isShort(bestA, cjk);
      double pts = isShort ? rules.titleIdenticalShort() : rules.titleIdentical();
      String shortEn = isShort ? ", a short common title" : "";
      String shortZh = isShort ? "，题名简短常见" : "";
      boolean subtitlesClash =
          a.remainder() != null && b.remainder() != null
              && !a.fullKey().equals(b.fullKey())
              && similarity(a.fullKey(), b.fullKey()) < rules.titleSimilarThreshold();
      if (subtitlesClash) {
        t.add(
            "title",
            "title proper identical" + via + shortEn + ", other title information differs: \""
                + a.remainder() + "\" vs \"" + b.remainder() + "\"",
            "正题名相同" + viaZh + shortZh + "，其他题名信息不同：“" + a.remainder() + "”对“"
                + b.remainder() + "”",
            pts + rules.subtitleDifferent());
      } else {
        t.add("title", "title identical" + via + shortEn, "题名相同" + viaZh + shortZh, pts);
      }
      return;
    }
    String pct = Math.round(best * 100) + "%";
    if (best >= rules.titleNearlyThreshold()) {
      t.titleMatches = true;
      t.add("title", "titles nearly identical (" + pct + ")" + via + " " + shown,
          "题名几乎相同（" + pct + "）" + viaZh + " " + shown, rules.titleNearly());
    } else if (best >= rules.titleSimilarThreshold()) {
      t.atMostPossible = true;
      t.add("title", "titles similar (" + pct + ")" + via + " " + shown,
          "题名相似（" + pct + "）" + viaZh + " " + shown, rules.titleSimilar());
    } else {
      t.atMostPossible = true;
      t.add("title", "titles differ (" + pct + ")" + via + " " + shown,
          "题名不同（" + pct + "）" + viaZh + " " + shown, rules.titleDifferent());
    }
  }

  private static List<String> keys(TitleInfo title, String language) {
    List<String> out = new ArrayList<>(3);
    out.add(title.key());
    // Normalization drops an unmarked initial article from the key since 2026-11-23; a view
    // stored before then still has it, so the comparator drops it too (old and new views meet).
    String withoutArticle = LeadingArticles.strip(title.key(), language);
    if (!withoutArticle.equals(title.key())) {
      out.add(withoutArticle);
    }
    if (title.altScriptKey() != null && !title.altScriptKey().isEmpty()) {
      out.add(title.altScriptKey());
    }
    return out;
  }

  private static boolean scriptsDiffer(List<String> ka, List<String> kb) {
    boolean aCjk = false;
    boolean bCjk = false;
    boolean aLatin = false;
    boolean bLatin = false;
    for (String k : ka) {
      aCjk |= Texts.hasCjk(k);
      aLatin |= !Texts.hasCjk(k) && Texts.hasLatin(k);
    }
    for (String k : kb) {
      bCjk |= Texts.hasCjk(k);
      bLatin |= !Texts.hasCjk(k) && Texts.hasLatin(k);
    }
    return aCjk && !bCjk && bLatin || bCjk && !aCjk && aLatin;
  }

  private boolean isShort(String key, boolean cjk) {
    if (cjk) {
      return key.codePointCount(0, key.length()) <= rules.shortTitleMaxCjkChars();
    }
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < key.length(); i++) {
      boolean space = key.charAt(i) == ' ';
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words <= rules.shortTitleMaxLatinWords();
  }

  /** Keys that are equal once their digits are removed, but not with them. */
  static boolean onlyNumbersDiffer(String x, String y) {
    if (x.equals(y)) {
      return false;
    }
    String dx = withoutDigits(x);
    String dy = withoutDigits(y);
    return !dx.isEmpty() && dx.equals(dy) && hasDigit(x) && hasDigit(y);
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static String withoutDigits(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isDigit(c)) {
        continue;
      }
      if (c == ' ') {
        space = out.length() > 0;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.append(c);
    }
    return out.toString();
  }

  /**
   * Dice similarity of two keys: over words for Latin-script keys, over character bigrams when
   * either holds CJK characters (they have no spaces). 1.0 only for equal keys.
   */
  static double similarity(String x, String y) {
    if (x.equals(y)) {
      return x.isEmpty() ? 0 : 1.0;
    }
    if (x.isEmpty() || y.isEmpty()) {
      return 0;
    }
    Set<String> gx;
    Set<String> gy;
    if (Texts.hasCjk(x) || Texts.hasCjk(y)) {
      gx = bigrams(x);
      gy = bigrams(y);
    } else {
      gx = words(x);
      gy = words(y);
    }
    if (gx.isEmpty() || gy.isEmpty()) {
      return 0;
    }
    int common = 0;
    for (String g : gx) {
      if (gy.contains(g)) {
        common++;
      }
    }
    double dice = 2.0 * common / (gx.size() + gy.size());
    return Math.min(dice, 0.99);
  }

  private static Set<String> words(String s) {
    Set<String> out = new HashSet<>();
    int start = 0;
    for (int i = 0; i <= s.length(); i++) {
      if (i == s.length() || s.charAt(i) == ' ') {
        if (i > start) {
          out.add(s.substring(start, i));
        }
        start = i + 1;
      }
    }
    return out;
  }

  private static Set<String> bigrams(String s) {
    String compact = s.replace(" ", "");
    Set<String> out = new HashSet<>();
    int[] cps = compact.codePoints().toArray();
    if (cps.length == 1) {
      out.add(compact);
    }
    for (int i = 0; i + 1 < cps.length; i++) {
      out.add(new String(cps, i, 2));
    }
    return out;
  }
}
