package org.unioncat.dedup.compare;

import java.util.ArrayList;
import java.util.List;
import org.unioncat.dedup.DedupRecord;
import org.unioncat.ingest.marc.ControlField;
import org.unioncat.ingest.marc.DataField;
import org.unioncat.ingest.marc.Leader;
import org.unioncat.ingest.marc.MarcField;
import org.unioncat.ingest.marc.MarcFlavour;
import org.unioncat.ingest.marc.MarcRecord;
import org.unioncat.ingest.marc.Subfield;

/**
 * A copy of a real fixture record as another library (or vendor) would have cataloged it: the
 * local fields (001, 005, holdings, 9XX, Alma's AVA/OWN) and authority URIs ($0) are dropped,
 * then edits are applied field by field. Immutable steps would be nicer; a builder keeps the
 * variant list readable.
 */
final class Variant {
  private static int serial;

  private Leader leader;
  private final List<MarcField> fields = new ArrayList<>();
  private final MarcFlavour flavour;

  private Variant(Fixtures.Real real) {
    this.leader = real.record().leader();
    this.flavour = real.flavour();
    for (MarcField f : real.record().fields()) {
      String tag = f.tag();
      if (tag.equals("001") || tag.equals("005") || tag.equals("852") || tag.equals("905")
          || tag.startsWith("9") || !Character.isDigit(tag.charAt(0))) {
        continue;
      }
      if (f instanceof DataField d) {
        List<Subfield> kept = new ArrayList<>();
        for (Subfield s : d.subfields()) {
          if (s.code() != '0') {
            kept.add(s);
          }
        }
        fields.add(new DataField(tag, d.ind1(), d.ind2(), kept));
      } else {
        fields.add(f);
      }
    }
  }

  /** A library's copy of the real record, before any edit. */
  static Variant of(Fixtures.Real real) {
    return new Variant(real);
  }

  /** Replaces every field with this tag by the given ones (at the first one's place), or adds. */
  Variant field(String tag, MarcField... replacements) {
    int at = -1;
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).tag().equals(tag)) {
        if (at < 0) {
          at = i;
        }
        fields.remove(i--);
      }
    }
    if (at < 0) {
      at = insertionPoint(tag);
    }
    fields.addAll(at, List.of(replacements));
    return this;
  }

  Variant field(String tag, char ind1, char ind2, Object... codesAndValues) {
    return field(tag, DataField.of(tag, ind1, ind2, codesAndValues));
  }

  /** Adds a field in tag order (after the fields with the same tag). */
  Variant add(String tag, char ind1, char ind2, Object... codesAndValues) {
    int at = insertionPoint(tag);
    fields.add(at, DataField.of(tag, ind1, ind2, codesAndValues));
    return this;
  }

  Variant drop(String tag) {
    return field(tag);
  }

  /** Sets subfield {@code code} of the first {@code tag} field (replacing the first such subfield, or appending). */
  Variant sub(String tag, char code, String value) {
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).tag().equals(tag) && fields.get(i) instanceof DataField d) {
        List<Subfield> subs = new ArrayList<>(d.subfields());
        boolean done = false;
        for (int j = 0; j < subs.size() && !done; j++) {
          if (subs.get(j).code() == code) {
            subs.set(j, new Subfield(code, value));
            done = true;
          }
        }
        if (!done) {
          subs.add(new Subfield(code, value));
        }
        fields.set(i, new DataField(tag, d.ind1(), d.ind2(), subs));
        return this;
      }
    }
    throw new IllegalStateException("no field " + tag);
  }

  /** Removes subfield {@code code} from the first {@code tag} field. */
  Variant dropSub(String tag, char code) {
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).tag().equals(tag) && fields.get(i) instanceof DataField d) {
        List<Subfield> subs = new ArrayList<>(d.subfields());
        subs.removeIf(s -> s.code() == code);
        fields.set(i, new DataField(tag, d.ind1(), d.ind2(), subs));
        return this;
      }
    }
    throw new IllegalStateException("no field " + tag);
  }

  Variant ind2(String tag, char ind2) {
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).tag().equals(tag) && fields.get(i) instanceof DataField d) {
        fields.set(i, new DataField(tag, d.ind1(), ind2, d.subfields()));
        return this;
      }
    }
    throw new IllegalStateException("no field " + tag);
  }

  /** Overwrites characters of a control field (MARC21 008) from {@code pos}. */
  Variant fixed(String tag, int pos, String text) {
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).tag().equals(tag) && fields.get(i) instanceof ControlField c) {
        StringBuilder s = new StringBuilder(c.data());
        while (s.length() < pos + text.length()) {
          s.append(' ');
        }
        s.replace(pos, pos + text.length(), text);
        fields.set(i, new ControlField(tag, s.toString()));
        return this;
      }
    }
    throw new IllegalStateException("no control field " + tag);
  }

  /** Overwrites characters of CNMARC 100 $a (date type at 8, Date1 at 9-12). */
  Variant coded100(int pos, String text) {
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).tag().equals("100") && fields.get(i) instanceof DataField d) {
        StringBuilder s = new StringBuilder(d.first('a').orElse(""));
        s.replace(pos, pos + text.length(), text);
        return sub("100", 'a', s.toString());
      }
    }
    throw new IllegalStateException("no 100");
  }

  Variant leader(int pos, char c) {
    StringBuilder s = new StringBuilder(leader.value());
    s.setCharAt(pos, c);
    leader = new Leader(s.toString());
    return this;
  }

  /** The record as uploaded by {@code library}, holding one item with this call number. */
  DedupRecord held(String library, String callNumber) {
    return build(library, callNumber);
  }

  /** The record as uploaded by {@code library} without holdings (a bare download). */
  DedupRecord empty(String library) {
    return build(library, null);
  }

  private DedupRecord build(String library, String callNumber) {
    List<MarcField> all = new ArrayList<>();
    all.add(new ControlField("001", library.toLowerCase() + "-" + (++serial)));
    all.addAll(fields);
    if (callNumber != null) {
      all.add(flavour.isUnimarcFamily()
          ? DataField.of("905", ' ', ' ', 'a', library, 'b', "B" + serial, 'd', callNumber, 'e', "1")
          : DataField.of("852", ' ', ' ', 'a', library, 'b', "MAIN", 'h', callNumber, 'p', "3900" + serial));
    }
    return Records.dedup(library, new MarcRecord(leader, all), flavour);
  }

  private int insertionPoint(String tag) {
    int at = fields.size();
    for (int i = fields.size() - 1; i >= 0; i--) {
      if (fields.get(i).tag().compareTo(tag) <= 0) {
        return i + 1;
      }
      at = i;
    }
    return at;
  }

  /** ISBN-10 with its check digit, from nine digits (for a made-up paperback or volume ISBN). */
  static String isbn10(String nineDigits) {
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (10 - i) * (nineDigits.charAt(i) - '0');
    }
    int check = (11 - sum % 11) % 11;
    return nineDigits + (check == 10 ? "X" : Integer.toString(check));
  }

  /** The ISBN-13 of an ISBN-10 (hyphens allowed), hyphenated as 978-... when asked. */
  static String isbn13(String isbn10) {
    String body = "978" + isbn10.replace("-", "").substring(0, 9);
    int sum = 0;
    for (int i = 0; i < 12; i++) {
      sum += (body.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
    }
    return body + (10 - sum % 10) % 10;
  }
}
