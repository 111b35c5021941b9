package org.unioncat.dedup.compare;

import java.util.Set;
import org.unioncat.dedup.DedupRecord;

/**
 * Compares two records field by field. Implementations are stateless and thread-safe: the
 * detector calls them from several threads.
 */
public interface PairComparator {
  Comparison compare(DedupRecord a, DedupRecord b);

  /**
   * This comparator with the given ISBN-13s not counted as evidence (ISBNs found shared by
   * clearly different books, and the known-bad list). Comparators that do not use ISBNs return
   * themselves.
   */
  default PairComparator withUnreliableIsbns(Set<String> isbn13s) {
    return this;
  }

  /**
   * The values that decide this comparator's verdicts besides its code (weights, thresholds), as
   * text: part of the detector's fingerprint, so a changed rule makes the next nightly run full.
   */
  default String rulesDescription() {
    return getClass().getName();
  }
}
