package org.unioncat.ingest.normalize.name;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.unioncat.ingest.normalize.TextFolder;

/**
 * Keys of Latin-script personal names: the folded surname and the initials of the forenames, so
 * that the authorized heading "Tolkien, J. R. R. (John Ronald Reuel), 1892-1973", the free form
 * "Tolkien, John Ronald Reuel" and the direct "J.R.R. Tolkien" of a title page all give "tolkien
 * jrr" (cause 4).
 *
 * <p>Inverted names split at the first comma (what follows a second comma — "Jr.", dates — is
 * dropped). Direct names take the last word as the surname after dropping titles ("Sir", "Dr.") and
 * suffixes ("Jr.", "III"), with "St." kept on the surname ("Noah St. John" = "St. John, Noah"), so
 * particles land on the same side in both orders ("Ludwig van Beethoven" = "Beethoven, Ludwig van"
 * = "beethoven lv"). Free text ({@link NameOrder#GUESS}) is read as inverted when the part before
 * the first comma is one word or the part after it is one word or initials; else the comma is taken
 * to separate two names and the first is read in direct order. Parenthesized fuller forms,
 * bracketed notes and anything with a digit (dates) are ignored.
 *
 * <p>Stateless and thread-safe.
 */
final class LatinNameKey {
  private static final Pattern INITIALS_ONLY = Pattern.compile("(?:\\p{L}\\.\\s*)+");
  private static final Pattern PARENTHESIZED = Pattern.compile("\\([^)]*\\)|\\[[^\\]]*\\]");
  private static final Set<String> TITLES =
      Set.of(
          "sir",
          "dame",
          "dr",
          "mr",
          "mrs",
          "ms",
          "miss",
          "prof",
          "professor",
          "rev",
          "lord",
          "lady",
          "herr",
          "frau",
          "mme",
          "m",
          "mlle");

  /**
   * Words that headings keep at the front of an English surname ("St. John, Noah"), so a direct
   * name must too. Dutch and German particles (van, von) are not here: LC headings put them after
   * the forenames ("Beethoven, Ludwig van"), and so does the direct reading.
   */
  private static final Set<String> SURNAME_PREFIXES = Set.of("st", "ste", "saint", "mac", "mc");

  private static final Set<String> SUFFIXES =
      Set.of(
          "jr", "sr", "ii", "iii", "iv", "phd", "md", "esq", "fils", "pere", "dd", "lld", "frs",
          "msc", "bsc", "dphil"); // not "ma"/"ba": romanized forenames ("Wang, Ba")

  private LatinNameKey() {}

  /** The parts of a name: folded surname and the initials of the forenames (maybe ""). */
  record Parts(String surname, String initials) {
    String key() {
      return initials.isEmpty() ? surname : surname + " " + initials;
    }
  }

  static Parts parse(String name, NameOrder order) {
    String s = PARENTHESIZED.matcher(name == null ? "" : name).replaceAll(" ").strip();
    int comma = s.indexOf(',');
    NameOrder effective = order;
    if (order == NameOrder.GUESS) {
      if (comma > 0 && isSuffix(s.substring(comma + 1))) {
        effective = NameOrder.DIRECT; // "Martin Luther King, Jr."
        s = s.substring(0, comma);
      } else if (comma > 0 && looksInverted(s.substring(0, comma), s.substring(comma + 1))) {
        effective = NameOrder.INVERTED;
      } else {
        effective = NameOrder.DIRECT;
        if (comma > 0) {
          s = s.substring(0, comma); // "Jane Smith, John Doe": the first name
        }
      }
    }
    switch (effective) {
      case INVERTED -> {
        if (comma < 0) {
          return new Parts(words(s), "");
        }
        String rest = s.substring(comma + 1);
        int second = rest.indexOf(',');
        String forenames = second < 0 ? rest : rest.substring(0, second);
        return new Parts(words(s.substring(0, comma)), initials(forenames));
      }
      case WHOLE -> {
        return new Parts(words(s), "");
      }
      default -> {
        List<String> tokens = Arrays.stream(words(s).split(" ")).filter(t -> !t.isEmpty()).toList();
        int from = 0;
        int to = tokens.size();
        while (from < to - 1 && TITLES.contains(tokens.get(from))) {
          from++;
        }
        while (to - 1 > from && SUFFIXES.contains(tokens.get(to - 1))) {
          to--;
        }
        if (from >= to) {
          return new Parts("", "");
        }
        int surnameFrom = to - 1;
        if (surnameFrom - 1 > from && SURNAME_PREFIXES.contains(tokens.get(surnameFrom - 1))) {
          surnameFrom--; // "Noah St. John" = "St. John, Noah"
        }
        String surname = String.join(" ", tokens.subList(surnameFrom, to));
        return new Parts(surname, initials(String.join(" ", tokens.subList(from, surnameFrom))));
      }
    }
  }

  /**
   * Whether free text with a comma is one inverted name rather than a list of names: the part
   * before the comma is one word ("Tolkien, John Ronald Reuel"), or the part after it is one word
   * or initials only ("St. John, Noah", "Van Gogh, V."). "Jane Smith, John Doe" is a list.
   */
  private static boolean looksInverted(String before, String after) {
    if (!before.strip().contains(" ")) {
      return true;
    }
    int next = after.indexOf(',');
    String forenames = (next < 0 ? after : after.substring(0, next)).strip();
    if (forenames.isEmpty()) {
      return false;
    }
    return !forenames.contains(" ") || INITIALS_ONLY.matcher(forenames).matches();
  }

  private static boolean isSuffix(String afterComma) {
    int next = afterComma.indexOf(',');
    // "Jr." folds to "jr", "D.D." to "d d": compare without spaces
    String word = words(next < 0 ? afterComma : afterComma.substring(0, next)).replace(" ", "");
    return SUFFIXES.contains(word);
  }

  /** The folded words of {@code text} without any token that holds a digit (dates). */
  private static String words(String text) {
    StringBuilder out = new StringBuilder();
    for (String token : TextFolder.fold(text).split(" ")) {
      if (!token.isEmpty() && token.chars().noneMatch(Character::isDigit)) {
        if (out.length() > 0) {
          out.append(' ');
        }
        out.append(token);
      }
    }
    return out.toString();
  }

  /** First letters of the forenames: "J. R. R." and "John Ronald Reuel" both give "jrr". */
  private static String initials(String forenames) {
    StringBuilder out = new StringBuilder();
    for (String token : words(forenames).split(" ")) {
      if (!token.isEmpty() && !SUFFIXES.contains(token.toLowerCase(Locale.ROOT))) {
        out.appendCodePoint(token.codePointAt(0));
      }
    }
    return out.toString();
  }
}
