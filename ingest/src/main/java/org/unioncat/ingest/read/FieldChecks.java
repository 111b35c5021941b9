package org.unioncat.ingest.read;

import java.util.List;
import org.unioncat.ingest.finding.Finding;
import org.unioncat.ingest.finding.FindingCode;
import org.unioncat.ingest.marc.DataField;
import org.unioncat.ingest.marc.MarcField;
import org.unioncat.ingest.marc.MarcFlavour;
import org.unioncat.ingest.marc.Subfield;

/**
 * The structural checks every container shares: tags, indicators and subfield codes, and the
 * fixed leader positions. Upper-case subfield codes are accepted in UNIMARC/CNMARC records
 * (CNMARC writes pinyin in $A, $F...), refused in MARC21.
 *
 * <p>Stateless and thread-safe.
 */
final class FieldChecks {
  private FieldChecks() {}

  static boolean validTag(String tag) {
    if (tag.length() != 3) {
      return false;
    }
    for (int i = 0; i < 3; i++) {
      char c = tag.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) {
        return false;
      }
    }
    return true;
  }

  static boolean validIndicator(char c) {
    return c == ' ' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z');
  }

  static boolean validCode(char c, MarcFlavour flavour) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')
        || (flavour.isUnimarcFamily() && c >= 'A' && c <= 'Z');
  }

  /** How a character is shown in a message: itself when printable, else its code. */
  static String show(char c) {
    if (c >= 0x21 && c != 0x7F && !Character.isISOControl(c)) {
      return String.valueOf(c);
    }
    return c == ' ' ? " " : String.format("U+%04X", (int) c);
  }

  /** Tag, indicator and subfield code findings for decoded fields, one per problem. */
  static void check(List<MarcField> fields, MarcFlavour flavour, List<Finding> out) {
    for (MarcField f : fields) {
      if (!validTag(f.tag())) {
        out.add(Finding.of(FindingCode.TAG_INVALID, f.tag(), null, showAll(f.tag())));
      }
      if (f instanceof DataField) {
        DataField d = (DataField) f;
        checkIndicator(d, d.ind1(), 1, out);
        checkIndicator(d, d.ind2(), 2, out);
        for (Subfield s : d.subfields()) {
          if (!validCode(s.code(), flavour)) {
            out.add(
                Finding.of(
                    FindingCode.SUBFIELD_CODE_INVALID, d.tag(), s.code(), d.tag(),
                    s.code() == ' ' ? "" : show(s.code())));
          }
        }
      }
    }
  }

  private static void checkIndicator(DataField d, char c, int position, List<Finding> out) {
    if (!validIndicator(c)) {
      out.add(
          Finding.of(FindingCode.INDICATOR_INVALID, d.tag(), null, d.tag(), show(c), position));
    }
  }

  static String showAll(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      out.append(c == ' ' ? " " : show(c));
    }
    return out.toString();
  }

  /** LEADER_NONSTANDARD for positions 10-11 (22) and 20-22 (450, UNIMARC leaves 23 blank). */
  static void checkLeaderFixed(String leader, List<Finding> out) {
    String p1011 = leader.substring(10, 12);
    if (!p1011.equals("22")) {
      out.add(Finding.of(FindingCode.LEADER_NONSTANDARD, null, null, "10-11", p1011, "22"));
    }
    String p2023 = leader.substring(20, 24);
    if (!p2023.startsWith("450")) {
      out.add(Finding.of(FindingCode.LEADER_NONSTANDARD, null, null, "20-23", p2023, "4500"));
    }
  }
}
