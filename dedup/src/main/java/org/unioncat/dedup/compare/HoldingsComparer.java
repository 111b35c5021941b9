package org.unioncat.dedup.compare;

import java.util.ArrayList;
import java.util.List;
import org.unioncat.dedup.DedupRecord;

/**
 * Who uploaded and who holds: two records of the same library where one has no holdings are an
 * empty re-download (cause 9: delete the empty copy); two records of the same library that both
 * carry holdings are the library duplicating itself (cause 12, reported on its own line, worst
 * when the call numbers differ). Bibliographically identical records are noted (cause 12). No
 * points: holdings say nothing about whether two descriptions match.
 */
final class HoldingsComparer {

  void compare(DedupRecord a, DedupRecord b, Tally t) {
    t.identical = !a.matchKeys().fingerprint().isEmpty()
        && a.matchKeys().fingerprint().equals(b.matchKeys().fingerprint());
    if (t.identical) {
      t.add("identifiers", "bibliographically identical records", "书目数据完全相同", 0);
    }
    if (a.library() == null || !a.library().equals(b.library())) {
      return;
    }
    t.sameLibrary = true;
    boolean emptyA = a.hasNoHoldings();
    boolean emptyB = b.hasNoHoldings();
    if (emptyA != emptyB) {
      t.emptyDownload = true;
      String which = emptyA ? "first" : "second";
      String whichZh = emptyA ? "第一条" : "第二条";
      t.add("holdings", "both records from " + a.library() + "; the " + which
              + " has no holdings (an empty copy)",
          "两条记录均来自 " + a.library() + "；" + whichZh + "无馆藏（空记录）", 0);
    } else if (!emptyA) {
      t.sameLibraryBothHeld = true;
      List<String> common = new ArrayList<>(a.callNumbers());
      common.retainAll(b.callNumbers());
      if (common.isEmpty() && !a.callNumbers().isEmpty() && !b.callNumbers().isEmpty()) {
        t.add("holdings", "both records from " + a.library() + " with holdings, call numbers "
                + Texts.join(a.callNumbers()) + " vs " + Texts.join(b.callNumbers()),
            "两条记录均来自 " + a.library() + " 且有馆藏，索书号 " + Texts.join(a.callNumbers())
                + " 对 " + Texts.join(b.callNumbers()),
            0);
      } else {
        t.add("holdings", "both records from " + a.library() + " with holdings",
            "两条记录均来自 " + a.library() + " 且有馆藏", 0);
      }
    } else {
      t.add("holdings", "both records from " + a.library() + ", neither has holdings",
          "两条记录均来自 " + a.library() + "，均无馆藏", 0);
    }
  }
}
