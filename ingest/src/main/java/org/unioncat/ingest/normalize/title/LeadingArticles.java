package org.unioncat.ingest.normalize.title;

import java.util.Map;
import java.util.Set;

/**
 * Initial articles by language, for titles whose non-filing characters were not marked (MARC21
 * 245 second indicator left at 0 or blank, no UNIMARC NSB/NSE): "The new public diplomacy" with
 * indicator 0 must file, and match, like the same title with indicator 4. The words are those of
 * the Library of Congress table "Initial Definite and Indefinite Articles" (MARC 21 Bibliographic,
 * 245 second indicator) for the languages our members catalog in; elided forms ("L'", "Dell'")
 * appear as the folded word before the apostrophe ("l").
 *
 * <p>Applied to folded title keys only (never to the displayed title), and only with the
 * record's own language code: "Die" is an article in German, a word in English; "A" is an
 * article in English and Portuguese, a preposition in Italian. Without a language code only
 * "the" is removed, which is an article in no language but English. As with the indicator, the
 * definite and the indefinite article fold alike ("A man" = "The man" = "man"), so a title key
 * alone never merges anything; the other fields must agree.
 *
 * <p>Stateless and thread-safe.
 */
public final class LeadingArticles {
  private static final Set<String> UNKNOWN_LANGUAGE = Set.of("the");

  private static final Map<String, Set<String>> BY_LANGUAGE =
      Map.ofEntries(
          Map.entry("eng", Set.of("the", "a", "an")),
          Map.entry("fre", Set.of("le", "la", "les", "l", "un", "une")),
          Map.entry("ger", Set.of("der", "die", "das", "den", "dem", "des", "ein", "eine", "einen",
              "einem", "einer", "eines")),
          Map.entry("spa", Set.of("el", "la", "lo", "los", "las", "un", "una")),
          Map.entry("ita", Set.of("il", "lo", "la", "i", "gli", "le", "l", "un", "uno", "una")),
          Map.entry("por", Set.of("o", "a", "os", "as", "um", "uma")),
          Map.entry("cat", Set.of("el", "la", "l", "els", "les", "un", "una")),
          Map.entry("dut", Set.of("de", "het", "een", "t")),
          Map.entry("swe", Set.of("den", "det", "en", "ett")),
          Map.entry("dan", Set.of("den", "det", "de", "en", "et")),
          Map.entry("nor", Set.of("den", "det", "de", "en", "ei", "et")),
          Map.entry("rum", Set.of("o", "un")));

  /** ISO 639-2/T codes our records also use, folded to the bibliographic ones above. */
  private static final Map<String, String> TERMINOLOGY_CODES =
      Map.of("fra", "fre", "deu", "ger", "nld", "dut", "ron", "rum");

  private LeadingArticles() {}

  /**
   * {@code key} without its first word when that word is an initial article of {@code language}
   * (a MARC language code, or null when unknown) and another word follows; otherwise {@code key}.
   */
  public static String strip(String key, String language) {
    if (key == null) {
      return null;
    }
    int space = key.indexOf(' ');
    if (space <= 0 || space == key.length() - 1) {
      return key;
    }
    String first = key.substring(0, space);
    return articlesOf(language).contains(first) ? key.substring(space + 1) : key;
  }

  private static Set<String> articlesOf(String language) {
    if (language == null) {
      return UNKNOWN_LANGUAGE;
    }
    String code = TERMINOLOGY_CODES.getOrDefault(language, language);
    return BY_LANGUAGE.getOrDefault(code, UNKNOWN_LANGUAGE);
  }
}
