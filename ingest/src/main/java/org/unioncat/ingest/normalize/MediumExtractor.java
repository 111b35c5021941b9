package org.unioncat.ingest.normalize;

import java.util.ArrayList;
import java.util.List;
import org.unioncat.ingest.marc.CnmarcTags;
import org.unioncat.ingest.marc.DataField;
import org.unioncat.ingest.marc.Marc21Tags;
import org.unioncat.ingest.marc.MarcFlavour;
import org.unioncat.ingest.marc.MarcRecord;
import org.unioncat.ingest.normalize.title.IsbdPunctuation;

/**
 * The record's own words for its carrier: MARC21 245$h (general material designation, e.g.
 * "[electronic resource]", "[电子资源]") and 337$a/338$a (RDA media and carrier types); CNMARC
 * 200$b ("电子资源", "录音制品"). The matcher uses them to keep an e-reproduction or a recording
 * apart from the printed book with the same title and ISBN. Thread-safe (static).
 */
final class MediumExtractor {
  private MediumExtractor() {}

  static String extract(MarcRecord record, MarcFlavour flavour) {
    List<String> parts = new ArrayList<>(2);
    if (flavour.isUnimarcFamily()) {
      for (DataField f : record.dataFields(CnmarcTags.TITLE)) {
        f.all('b').forEach(v -> add(parts, v));
      }
    } else {
      for (DataField f : record.dataFields(Marc21Tags.TITLE)) {
        f.all('h').forEach(v -> add(parts, v));
      }
      for (DataField f : record.dataFields(Marc21Tags.MEDIA_TYPE, Marc21Tags.CARRIER_TYPE)) {
        f.all('a').forEach(v -> add(parts, v));
      }
    }
    return String.join(" | ", parts);
  }

  private static void add(List<String> parts, String value) {
    String v = IsbdPunctuation.trim(value).replace("[", "").replace("]", "").trim();
    if (!v.isEmpty() && !parts.contains(v)) {
      parts.add(v);
    }
  }
}
