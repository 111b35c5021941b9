package org.unioncat.api.web.record;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.unioncat.ingest.marc.DataField;
import org.unioncat.ingest.marc.MarcFlavour;
import org.unioncat.ingest.marc.MarcRecord;

/**
 * A record's description by label, read from its MARC fields as the cataloger wrote them (MARC21:
 * 245, 250, 260/264, 020, 490/830, 300, 245$h/337/338, 008/041; CNMARC and UNIMARC: 200, 205, 210,
 * 010, 225/410, 215, 200$b, 101). Display text, not match keys: the matcher's normalized keys
 * are on the record page separately.
 */
public final class RecordDigest {
  private final Map<DigestLabel, List<String>> values;

  private RecordDigest(Map<DigestLabel, List<String>> values) {
    this.values = values;
  }

  public static RecordDigest of(MarcRecord r, MarcFlavour flavour) {
    Map<DigestLabel, List<String>> v = new EnumMap<>(DigestLabel.class);
    for (DigestLabel l : DigestLabel.values()) {
      v.put(l, new ArrayList<>());
    }
    if (r == null) {
      return new RecordDigest(v);
    }
    if (flavour.isUnimarcFamily()) {
      unimarc(r, v);
    } else {
      marc21(r, v);
    }
    v.replaceAll((k, list) -> distinct(list));
    return new RecordDigest(v);
  }

  private static void marc21(MarcRecord r, Map<DigestLabel, List<String>> v) {
    for (DataField f : r.dataFields("245")) {
      add(v, DigestLabel.TITLE, f.join("abnp"));
      add(v, DigestLabel.RESPONSIBILITY, f.join("c"));
      add(v, DigestLabel.CARRIER, f.join("h"));
    }
    for (DataField f : r.dataFields("250")) {
      add(v, DigestLabel.EDITION, f.join("ab"));
    }
    for (DataField f : r.dataFields("260", "264")) {
      add(v, DigestLabel.PUBLISHER, f.join("ab"));
      add(v, DigestLabel.DATE, f.join("c"));
    }
    for (DataField f : r.dataFields("020")) {
      add(v, DigestLabel.ISBN, f.join("aq"));
      for (String bad : f.all('z')) {
        add(v, DigestLabel.ISBN, bad + " (invalid)");
      }
    }
    for (DataField f : r.dataFields("490", "830", "440")) {
      add(v, DigestLabel.SERIES, f.join("av"));
    }
    for (DataField f : r.dataFields("300")) {
      add(v, DigestLabel.EXTENT, f.join("abc"));
    }
    for (DataField f : r.dataFields("337", "338")) {
      add(v, DigestLabel.CARRIER, f.join("a"));
    }
    r.controlField("008").ifPresent(f -> {
      if (f.data().length() >= 38) {
        add(v, DigestLabel.LANGUAGE, f.slice(35, 38));
      }
      if (f.data().length() >= 11) {
        String date1 = f.slice(7, 11).trim();
        if (!date1.isEmpty() && v.get(DigestLabel.DATE).isEmpty()) {
          add(v, DigestLabel.DATE, date1);
        }
      }
    });
    for (DataField f : r.dataFields("041")) {
      for (String lang : f.all('a')) {
        add(v, DigestLabel.LANGUAGE, lang);
      }
    }
  }

  private static void unimarc(MarcRecord r, Map<DigestLabel, List<String>> v) {
    for (DataField f : r.dataFields("200")) {
      add(v, DigestLabel.TITLE, f.join("aehi"));
      add(v, DigestLabel.RESPONSIBILITY, f.join("fg"));
      add(v, DigestLabel.CARRIER, f.join("b"));
    }
    for (DataField f : r.dataFields("205")) {
      add(v, DigestLabel.EDITION, f.join("ab"));
    }
    for (DataField f : r.dataFields("210")) {
      add(v, DigestLabel.PUBLISHER, f.join("ac"));
      add(v, DigestLabel.DATE, f.join("d"));
    }
    for (DataField f : r.dataFields("010")) {
      add(v, DigestLabel.ISBN, f.join("ab"));
      for (String bad : f.all('z')) {
        add(v, DigestLabel.ISBN, bad + " (invalid)");
      }
    }
    for (DataField f : r.dataFields("225")) {
      add(v, DigestLabel.SERIES, f.join("av"));
    }
    for (DataField f : r.dataFields("215")) {
      add(v, DigestLabel.EXTENT, f.join("acd"));
    }
    for (DataField f : r.dataFields("101")) {
      for (String lang : f.all('a')) {
        add(v, DigestLabel.LANGUAGE, lang);
      }
    }
  }

  /** Drops repeats that differ only in case and punctuation (490 and 830 often say the same). */
  private static List<String> distinct(List<String> values) {
    Set<String> seen = new LinkedHashSet<>();
    List<String> out = new ArrayList<>();
    for (String s : values) {
      if (seen.add(comparable(List.of(s)).toString())) {
        out.add(s);
      }
    }
    return List.copyOf(out);
  }

  private static void add(Map<DigestLabel, List<String>> v, DigestLabel label, String value) {
    if (value != null && !value.isBlank()) {
      v.get(label).add(value.trim());
    }
  }

  public List<String> values(DigestLabel label) {
    return values.get(label);
  }

  /** The label's values joined for display ("; " between repeats), "" when none. */
  public String text(DigestLabel label) {
    return String.join("; ", values.get(label));
  }

  /**
   * True when two records say different things under a label: compared without case, spacing
   * and the ISBD punctuation that ends a MARC subfield (" /", " :", " ;", "."), which differ
   * between catalogers without meaning anything.
   */
  public boolean differsFrom(RecordDigest other, DigestLabel label) {
    return !comparable(values.get(label)).equals(comparable(other.values.get(label)));
  }

  private static Set<String> comparable(List<String> values) {
    Set<String> out = new LinkedHashSet<>();
    for (String s : values) {
      String c = s.toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Punct}\\[\\]]+", " ").trim();
      if (!c.isEmpty()) {
        out.add(c);
      }
    }
    return out;
  }
}
