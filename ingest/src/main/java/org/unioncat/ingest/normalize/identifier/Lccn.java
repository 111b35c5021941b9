package org.unioncat.ingest.normalize.identifier;

import java.util.Locale;
import org.unioncat.ingest.normalize.Whitespace;

/**
 * Normalizes a Library of Congress Control Number (MARC21 010 $a) by LC's rules
 * (https://www.loc.gov/marc/lccn-namespace.html): remove all blanks; remove a forward slash and
 * everything after it; if there is a hyphen, remove it and left-pad the part after it with zeros to
 * six digits. "n 78-890351 " gives "n78890351", "85-2" gives "85000002", " 75425165 //r75" gives
 * "75425165". Only for MARC21: UNIMARC 010 is the ISBN.
 *
 * <p>Stateless and thread-safe.
 */
public final class Lccn {
  private Lccn() {}

  /** The normalized LCCN, or null when {@code raw} holds no digit. */
  public static String normalize(String raw) {
    if (raw == null) {
      return null;
    }
    String s = Whitespace.removeAll(raw).toLowerCase(Locale.ROOT);
    int slash = s.indexOf('/');
    if (slash >= 0) {
      s = s.substring(0, slash);
    }
    int hyphen = s.indexOf('-');
    if (hyphen >= 0) {
      String after = s.substring(hyphen + 1).replace("-", "");
      if (after.chars().allMatch(Character::isDigit) && after.length() < 6) {
        after = "0".repeat(6 - after.length()) + after;
      }
      s = s.substring(0, hyphen) + after;
    }
    return s.chars().anyMatch(Character::isDigit) ? s : null;
  }
}
