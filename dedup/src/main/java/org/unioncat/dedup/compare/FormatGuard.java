package org.unioncat.dedup.compare;

import org.unioncat.dedup.DedupRecord;

/**
 * Carrier and language: print vs electronic (leader/06 m / UNIMARC l, 300 / 215 "online
 * resource" / "在线资源", ISBN qualified as e-book), book vs sound recording (leader/06 i or j,
 * "audio discs", ISBN qualified as audio) and a translation (different language codes) are
 * different manifestations: CANNOT_LINK. The carrier is read once per record ({@link MatchKeys}).
 */
final class FormatGuard {

  void compare(DedupRecord a, DedupRecord b, Tally t) {
    MatchKeys ka = a.matchKeys();
    MatchKeys kb = b.matchKeys();
    if (ka.carrier() != kb.carrier()) {
      t.cannotLink(null);
      t.add(
          "type",
          "different carriers: " + ka.carrier().en() + reason(ka) + " vs " + kb.carrier().en()
              + reason(kb),
          "载体不同：" + ka.carrier().zh() + reason(ka) + " 对 " + kb.carrier().zh() + reason(kb),
          0);
    }
    String la = ka.language();
    String lb = kb.language();
    if (la != null && lb != null && !la.equals(lb)) {
      t.cannotLink(null);
      t.add("language", "different languages " + la + " vs " + lb + ": a translation",
          "语种不同 " + la + " 对 " + lb + "：译本", 0);
    }
  }

  private static String reason(MatchKeys k) {
    return k.carrierReason().isEmpty() ? "" : " (" + k.carrierReason() + ")";
  }
}
