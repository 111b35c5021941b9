package org.unioncat.dedup.compare;

import org.unioncat.config.MatchRules;
import org.unioncat.ingest.normalize.extent.ExtentInfo;

/**
 * Page counts. Equal pages agree; a reprint may differ by a few pages (cause 6: up to {@code
 * reprintPageTolerance} pages or {@code reprintPageRatio} of the larger count); beyond that the
 * difference counts against the pair. Volumes are the {@link VolumeGuard}'s.
 */
final class ExtentComparer {
  private final MatchRules rules;

  ExtentComparer(MatchRules rules) {
    this.rules = rules;
  }

  void compare(ExtentInfo a, ExtentInfo b, Tally t) {
    Integer pa = a.pages();
    Integer pb = b.pages();
    if (pa == null || pb == null) {
      return;
    }
    int diff = Math.abs(pa - pb);
    if (diff == 0) {
      t.samePages = true;
      t.corroborate();
      t.add("extent", "pages " + pa + " in both", "页数均为 " + pa, rules.pagesSame());
      return;
    }
    double tolerance = Math.max(rules.reprintPageTolerance(), rules.reprintPageRatio() * Math.max(pa, pb));
    if (diff <= tolerance) {
      t.corroborate();
      t.add("extent", "pages " + pa + " vs " + pb, "页数 " + pa + " 对 " + pb, rules.pagesReprint());
    } else {
      t.pagesDiffer = true;
      t.add("extent", "pages differ " + pa + " vs " + pb, "页数不同 " + pa + " 对 " + pb,
          rules.pagesDifferent());
    }
  }

  /** Whether two page counts differ, but within the reprint tolerance. */
  boolean withinReprintTolerance(ExtentInfo a, ExtentInfo b) {
    Integer pa = a.pages();
    Integer pb = b.pages();
    if (pa == null || pb == null || pa.equals(pb)) {
      return false;
    }
    return Math.abs(pa - pb)
        <= Math.max(rules.reprintPageTolerance(), rules.reprintPageRatio() * Math.max(pa, pb));
  }
}
