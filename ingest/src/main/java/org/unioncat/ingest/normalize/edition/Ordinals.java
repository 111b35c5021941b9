package org.unioncat.ingest.normalize.edition;

import java.util.Map;

/** Ordinal words of the languages catalogers write edition statements in. Thread-safe. */
final class Ordinals {
  static final Map<String, Integer> WORDS =
      Map.ofEntries(
          Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3),
          Map.entry("fourth", 4), Map.entry("fifth", 5), Map.entry("sixth", 6),
          Map.entry("seventh", 7), Map.entry("eighth", 8), Map.entry("ninth", 9),
          Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12),
          Map.entry("premier", 1), Map.entry("première", 1), Map.entry("deuxième", 2),
          Map.entry("seconde", 2), Map.entry("troisième", 3), Map.entry("quatrième", 4),
          Map.entry("erste", 1), Map.entry("zweite", 2), Map.entry("dritte", 3),
          Map.entry("vierte", 4), Map.entry("primera", 1), Map.entry("segunda", 2),
          Map.entry("tercera", 3), Map.entry("prima", 1), Map.entry("seconda", 2),
          Map.entry("terza", 3), Map.entry("первое", 1), Map.entry("второе", 2),
          Map.entry("третье", 3));

  /** Alternation of all ordinal words for regular expressions, longest first. */
  static final String ALTERNATION =
      String.join(
          "|",
          WORDS.keySet().stream()
              .sorted((a, b) -> b.length() - a.length() != 0 ? b.length() - a.length() : a.compareTo(b))
              .toList());

  private Ordinals() {}
}
