package org.unioncat.dedup.compare;

import java.util.ArrayList;
import java.util.List;
import org.unioncat.config.MatchRules;
import org.unioncat.ingest.normalize.publisher.PublisherInfo;

/**
 * Publishers: the first publisher's key (and the 880 key of a romanized MARC21 imprint, so it
 * meets CNMARC). Agreement confirms a title/author match when ISBNs are missing or differ (causes 2,
 * 6, 12); two different publishers count against it. Keys in different scripts are not compared.
 */
final class PublisherComparer {
  private final MatchRules rules;

  PublisherComparer(MatchRules rules) {
    this.rules = rules;
  }

  void compare(PublisherInfo a, PublisherInfo b, Tally t) {
    List<String> ka = keys(a);
    List<String> kb = keys(b);
    if (ka.isEmpty() || kb.isEmpty()) {
      return;
    }
    boolean partial = false;
    for (String x : ka) {
      for (String y : kb) {
        if (x.equals(y)) {
          t.corroborate();
          t.add("publisher", "publisher agrees: " + a.name(), "出版者一致：" + a.name(),
              rules.publisherSame());
          return;
        }
        String shorter = x.length() <= y.length() ? x : y;
        String longer = shorter == x ? y : x;
        if (shorter.length() >= 3 && (longer.startsWith(shorter + " ") || longer.endsWith(" " + shorter)
            || Texts.hasCjk(shorter) && shorter.length() >= 2 && longer.contains(shorter))) {
          partial = true;
        }
      }
    }
    if (partial) {
      t.corroborate();
      t.add("publisher", "publishers compatible: " + a.name() + " / " + b.name(),
          "出版者相容：" + a.name() + " / " + b.name(), rules.publisherSame() / 2);
      return;
    }
    boolean aCjk = ka.stream().anyMatch(Texts::hasCjk);
    boolean bCjk = kb.stream().anyMatch(Texts::hasCjk);
    if (aCjk != bCjk) {
      return;
    }
    t.publisherDiffers = true;
    t.add("publisher", "publishers differ: " + a.name() + " vs " + b.name(),
        "出版者不同：" + a.name() + " 对 " + b.name(), rules.publisherConflict());
  }

  private static List<String> keys(PublisherInfo p) {
    List<String> out = new ArrayList<>(2);
    if (p.key() != null && !p.key().isEmpty()) {
      out.add(p.key());
    }
    if (p.altScriptKey() != null && !p.altScriptKey().isEmpty()) {
      out.add(p.altScriptKey());
    }
    return out;
  }
}
