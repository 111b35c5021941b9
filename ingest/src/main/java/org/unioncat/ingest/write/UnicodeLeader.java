package org.unioncat.ingest.write;

import org.unioncat.ingest.marc.Leader;
import org.unioncat.ingest.marc.MarcFlavour;

/** The leader as the writers emit it: ASCII only, leader/09 'a' for MARC21 (UTF-8 data). */
final class UnicodeLeader {
  private UnicodeLeader() {}

  static char[] of(Leader leader, MarcFlavour flavour) {
    char[] chars = leader.value().toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] < 0x20 || chars[i] > 0x7E) {
        chars[i] = ' ';
      }
    }
    if (!flavour.isUnimarcFamily()) {
      // MARC21 leader/09: 'a' = UCS/Unicode. UNIMARC leaves 09 undefined (its character sets are
      // declared in 100$a/26-29), so the record's own value is kept there.
      chars[9] = 'a';
    }
    return chars;
  }
}
