package org.unioncat.ingest.normalize.identifier;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unioncat.ingest.normalize.Whitespace;

/**
 * Normalizes system control numbers (035 $a) so that two records carrying the same number in
 * different spellings meet: "(OCoLC)ocm00012345", "(OCoLC)12345", "(OCLC) 12345" and a bare
 * "ocm00012345" all give "(ocolc)12345". The prefix (the MARC organization code in parentheses) is
 * lower-cased and the OCLC spellings joined; OCLC's "ocm"/"ocn"/"on" prefixes and leading zeros are
 * dropped; any other value loses its spaces, is lower-cased and, when all digits, loses its leading
 * zeros too. A shared system number is strong evidence of a duplicate (causes 9, 12).
 *
 * <p>Stateless and thread-safe.
 */
public final class SystemNumbers {
  private static final Pattern PREFIXED = Pattern.compile("^\\(([^)]*)\\)\\s*(.*)$");
  private static final Pattern OCLC_VALUE = Pattern.compile("^(?:ocm|ocn|on)?0*(\\d+)$");
  private static final Pattern OCLC_BARE = Pattern.compile("^(?:ocm|ocn|on)0*(\\d+)$");
  private static final Pattern LEADING_ZEROS = Pattern.compile("^0+(?=\\d)");
  private static final Pattern OCLC_ORGANIZATION = Pattern.compile("oc[o]?lc");
  private static final String OCLC = "ocolc";

  private SystemNumbers() {}

  /** The normalized number, or null when {@code raw} holds none. */
  public static String normalize(String raw) {
    if (raw == null) {
      return null;
    }
    String s = raw.strip().toLowerCase(Locale.ROOT);
    String prefix = null;
    Matcher m = PREFIXED.matcher(s);
    if (m.matches()) {
      prefix = Whitespace.removeAll(m.group(1));
      s = m.group(2);
    }
    s = Whitespace.removeAll(s);
    if (prefix != null && (prefix.equals(OCLC) || prefix.equals("oclc"))) {
      prefix = OCLC;
      Matcher v = OCLC_VALUE.matcher(s);
      if (v.matches()) {
        s = v.group(1);
      }
    } else if (prefix == null) {
      Matcher v = OCLC_BARE.matcher(s);
      if (v.matches()) {
        prefix = OCLC;
        s = v.group(1);
      }
    }
    if (allDigits(s)) {
      s = LEADING_ZEROS.matcher(s).replaceFirst("");
    }
    if (s.isEmpty()) {
      return null;
    }
    return prefix == null || prefix.isEmpty() ? s : "(" + prefix + ")" + s;
  }

  /** Whether every char of {@code s} is a digit ({@code s.chars().allMatch(Character::isDigit)}). */
  private static boolean allDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The OCLC number of a MARC21 001 ("ocm63111280") when 003 says OCLC assigned it, or when the
   * number carries OCLC's own prefix; null otherwise (001 is only unique per library).
   */
  static String fromControlNumber(String controlNumber, String controlNumberId) {
    if (controlNumber == null) {
      return null;
    }
    String value = controlNumber.strip().toLowerCase(Locale.ROOT);
    boolean oclcAssigned =
        controlNumberId != null
            && OCLC_ORGANIZATION.matcher(controlNumberId.strip().toLowerCase(Locale.ROOT)).matches();
    if (OCLC_BARE.matcher(value).matches()
        || (oclcAssigned && OCLC_VALUE.matcher(value).matches())) {
      return normalize("(" + OCLC + ")" + value);
    }
    return null;
  }
}
