package org.unioncat.ingest.read;

import java.util.Collection;
import org.unioncat.ingest.marc.DataField;
import org.unioncat.ingest.marc.MarcFlavour;
import org.unioncat.ingest.marc.MarcRecord;

/**
 * Tells the tag table of a record from its tags, since no container says it. UNIMARC when there
 * is a 200 and no 245 together with another UNIMARC block-1/2 tag (100, 101, 010, 210, 215);
 * MARC21 when there is a 245 or an 008 and the record is not UNIMARC-like; CNMARC when a UNIMARC
 * record has Han characters in its 200 or "chi" in 101$a; otherwise UNKNOWN.
 *
 * <p>Stateless and thread-safe.
 */
final class FlavourDetector {
  private FlavourDetector() {}

  /** The flavour told from the tags alone (never CNMARC: that needs the decoded text). */
  static MarcFlavour byTags(Collection<String> tags) {
    boolean has200 = tags.contains("200");
    boolean has245 = tags.contains("245");
    if (has200 && !has245
        && (tags.contains("100") || tags.contains("101") || tags.contains("010")
            || tags.contains("210") || tags.contains("215"))) {
      return MarcFlavour.UNIMARC;
    }
    if (has245 || tags.contains("008")) {
      return MarcFlavour.MARC21;
    }
    return MarcFlavour.UNKNOWN;
  }

  /** The final flavour of a decoded record. */
  static MarcFlavour detect(MarcRecord record, MarcFlavour byTags) {
    if (byTags != MarcFlavour.UNIMARC) {
      return byTags;
    }
    for (DataField f : record.dataFields("101")) {
      for (String lang : f.all('a')) {
        if (lang.trim().equalsIgnoreCase("chi")) {
          return MarcFlavour.CNMARC;
        }
      }
    }
    for (DataField f : record.dataFields("200")) {
      for (var s : f.subfields()) {
        if (hasHan(s.value())) {
          return MarcFlavour.CNMARC;
        }
      }
    }
    return MarcFlavour.UNIMARC;
  }

  static boolean hasHan(String s) {
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (cp >= 0x2E80 && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }
}
