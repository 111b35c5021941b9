package org.unioncat.ingest.write;

import java.util.ArrayList;
import java.util.List;
import org.unioncat.ingest.marc.CnmarcTags;
import org.unioncat.ingest.marc.DataField;
import org.unioncat.ingest.marc.MarcField;
import org.unioncat.ingest.marc.MarcFlavour;
import org.unioncat.ingest.marc.MarcRecord;
import org.unioncat.ingest.marc.Subfield;

/**
 * Makes a UNIMARC/CNMARC record declare what the writers write: UNIMARC names its character sets
 * in 100$a/26-29, and a record read from GB 2312 or ISO 5426 bytes still says so after decoding.
 * Written as UTF-8, it must say "50" (ISO 10646) with no additional set, or the next reader is
 * told the wrong character set. MARC21 declares UTF-8 in leader/09 (see {@link UnicodeLeader}).
 * Thread-safe (static, records are immutable).
 */
final class UnicodeDeclaration {
  private static final int SETS = 26;
  private static final String UNICODE = "50  ";

  private UnicodeDeclaration() {}

  static MarcRecord apply(MarcRecord record, MarcFlavour flavour) {
    if (!flavour.isUnimarcFamily()) {
      return record;
    }
    List<MarcField> fields = new ArrayList<>(record.fields().size());
    boolean changed = false;
    for (MarcField f : record.fields()) {
      if (f instanceof DataField && f.tag().equals(CnmarcTags.GENERAL_PROCESSING)) {
        DataField d = (DataField) f;
        List<Subfield> subs = new ArrayList<>(d.subfields().size());
        for (Subfield s : d.subfields()) {
          String v = s.value();
          if (s.code() == 'a' && v.length() >= SETS + UNICODE.length()
              && !v.startsWith(UNICODE, SETS)) {
            v = v.substring(0, SETS) + UNICODE + v.substring(SETS + UNICODE.length());
            changed = true;
          }
          subs.add(new Subfield(s.code(), v));
        }
        fields.add(new DataField(d.tag(), d.ind1(), d.ind2(), subs));
      } else {
        fields.add(f);
      }
    }
    return changed ? new MarcRecord(record.leader(), fields) : record;
  }
}
