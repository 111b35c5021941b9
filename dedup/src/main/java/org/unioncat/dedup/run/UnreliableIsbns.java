package org.unioncat.dedup.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.unioncat.dedup.DedupRecord;
import org.unioncat.ingest.normalize.isbn.Isbn;

/**
 * Finds ISBNs that cannot be trusted as evidence in this catalog: one ISBN carried by records of
 * clearly different books — publishers reuse numbers, and an ISBN printed on a whole set or series
 * lands on unrelated titles — plus the consortium's configured list of known-bad ISBNs. Such an
 * ISBN stops counting for or against a pair (the titles, authors and imprint decide); records of
 * one book sharing a stale or set ISBN are left to the comparator's guards (editions, volumes).
 *
 * <p>"Clearly different": two records whose titles (the title key and, for romanized MARC21, the
 * 880 key) share almost nothing — an overlap coefficient below 0.3 on words, or on character
 * pairs for Chinese, Japanese and Korean titles. A typo, a subtitle or a part number does not make
 * titles clearly different; "Poems" and "Economic analysis" are. Thread-safe.
 */
final class UnreliableIsbns {
  private UnreliableIsbns() {}

  static Set<String> find(List<DedupRecord> records, Set<String> knownBad) {
    Map<String, List<List<Set<String>>>> titlesByIsbn = new HashMap<>();
    for (DedupRecord r : records) {
      List<Set<String>> titles = new ArrayList<>(2);
      addTitle(titles, r.normalized().title().key());
      addTitle(titles, r.normalized().title().altScriptKey());
      if (titles.isEmpty()) {
        continue;
      }
      for (Isbn isbn : r.normalized().isbns().valid()) {
        titlesByIsbn.computeIfAbsent(isbn.isbn13(), k -> new ArrayList<>(2)).add(titles);
      }
    }
    Set<String> out = new TreeSet<>(knownBad);
    for (Map.Entry<String, List<List<Set<String>>>> e : titlesByIsbn.entrySet()) {
      if (e.getValue().size() > 1 && clearlyDifferent(e.getValue())) {
        out.add(e.getKey());
      }
    }
    return out;
  }

  /** Whether some record's titles share almost nothing with the first record's titles. */
  private static boolean clearlyDifferent(List<List<Set<String>>> records) {
    List<Set<String>> first = records.get(0);
    for (int i = 1; i < records.size(); i++) {
      if (!alike(first, records.get(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean alike(List<Set<String>> a, List<Set<String>> b) {
    for (Set<String> x : a) {
      for (Set<String> y : b) {
        if (overlap(x, y) >= 0.3) {
          return true;
        }
      }
    }
    return false;
  }

  private static double overlap(Set<String> x, Set<String> y) {
    int common = 0;
    for (String t : x) {
      if (y.contains(t)) {
        common++;
      }
    }
    return (double) common / Math.min(x.size(), y.size());
  }

  /** Words of a title key; for CJK text (no spaces between words) its character pairs. */
  private static void addTitle(List<Set<String>> titles, String key) {
    if (key == null || key.isBlank()) {
      return;
    }
    Set<String> tokens = new HashSet<>();
    for (String word : key.split(" ")) {
      if (word.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
          && word.length() > 1) {
        for (int i = 0; i + 1 < word.length(); i++) {
          tokens.add(word.substring(i, i + 2));
        }
      } else if (!word.isEmpty()) {
        tokens.add(word);
      }
    }
    if (!tokens.isEmpty()) {
      titles.add(tokens);
    }
  }
}
