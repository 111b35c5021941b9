package org.unioncat.ingest.normalize.name;

import java.util.ArrayList;
import java.util.List;
import org.unioncat.ingest.marc.DataField;
import org.unioncat.ingest.normalize.title.HanSpaces;
import org.unioncat.ingest.normalize.title.IsbdPunctuation;

/**
 * Turns one name field into an {@link AuthorEntry}, given which subfields play which role in the
 * field's flavour. Shared by the MARC21 and UNIMARC readers so that both key names the same way.
 *
 * <p>Stateless and thread-safe.
 */
final class NameFieldReader {
  private NameFieldReader() {}

  /** How one flavour lays out a name field. */
  record Layout(
      String displaySubfields, char dates, String authoritySubfields, String sourceSubfields) {}

  static AuthorEntry read(
      DataField f, NameKind kind, NameOrder order, boolean main, Layout layout, String sourceTag) {
    List<String> parts = new ArrayList<>();
    for (var sub : f.subfields()) {
      if (layout.displaySubfields().indexOf(sub.code()) >= 0) {
        String v = unparenthesize(sub.value());
        if (!v.isEmpty()) {
          parts.add(v);
        }
      }
    }
    boolean cjk = HanSpaces.containsCjk(String.join("", parts));
    String display;
    String key;
    String phonetic = null;
    if (cjk) {
      display = CjkNameKey.display(String.join(kind == NameKind.PERSONAL ? "" : " ", parts));
      key = CjkNameKey.key(display);
    } else {
      display = joinLatin(f, parts, kind, layout);
      if (kind == NameKind.PERSONAL) {
        LatinNameKey.Parts p = LatinNameKey.parse(keyText(f, order), order);
        key = p.key();
        phonetic = PhoneticKey.of(p.surname());
      } else {
        key = NameKeys.corporateKeyOf(display);
      }
    }
    List<String> dateValues = new ArrayList<>();
    f.all(layout.dates()).forEach(d -> dateValues.add(unparenthesize(d)));
    String dates = blankToNull(String.join(" ", dateValues).strip());
    boolean authorized = dates != null;
    for (char c : layout.authoritySubfields().toCharArray()) {
      authorized |= f.first(c).filter(v -> !v.isBlank()).isPresent();
    }
    return new AuthorEntry(
        display,
        key,
        phonetic,
        kind,
        main,
        cjk,
        authorized,
        dates,
        sourceTag + sourceSubfields(f, layout.sourceSubfields()));
  }

  /**
   * The text to key a Latin personal name on: MARC21 $a (plus $b numeration for a forename entry);
   * UNIMARC $a entry element and $b rest of name rejoined as "a, b".
   */
  private static String keyText(DataField f, NameOrder order) {
    String a = IsbdPunctuation.trim(f.first('a').orElse(""));
    String b = IsbdPunctuation.trim(f.first('b').orElse(""));
    if (b.isEmpty()) {
      return a;
    }
    return order == NameOrder.WHOLE ? a + " " + b : a + ", " + b;
  }

  private static String joinLatin(DataField f, List<String> parts, NameKind kind, Layout layout) {
    // UNIMARC $a "Tolkien" $b "J.R.R." reads "Tolkien, J.R.R."; MARC21 subfields follow each other
    if (layout.sourceSubfields().equals("ab")
        && kind == NameKind.PERSONAL
        && f.first('b').isPresent()
        && parts.size() >= 2) {
      return parts.get(0) + ", " + String.join(" ", parts.subList(1, parts.size()));
    }
    return String.join(" ", parts);
  }

  private static String sourceSubfields(DataField f, String codes) {
    StringBuilder out = new StringBuilder();
    for (char c : codes.toCharArray()) {
      if (f.first(c).isPresent()) {
        out.append('$').append(c);
      }
    }
    return out.length() == 0 ? "$a" : out.toString();
  }

  /**
   * A subfield value without trailing ISBD punctuation and without the parenthesis a meeting's
   * qualifiers open in one subfield and close in another ("(1964 :", "London)").
   */
  private static String unparenthesize(String value) {
    String v = IsbdPunctuation.trim(value);
    if (v.startsWith("(") && v.indexOf(')') < 0) {
      v = v.substring(1);
    }
    if (v.endsWith(")") && v.indexOf('(') < 0) {
      v = v.substring(0, v.length() - 1);
    }
    return IsbdPunctuation.trim(v);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
