package org.unioncat.dedup.compare;

import org.unioncat.dedup.DedupRecord;

/**
 * Compares two records field by field. Implementations are stateless and thread-safe: the
 * detector calls them from several threads.
 */
public interface PairComparator {
  Comparison compare(DedupRecord a, DedupRecord b);
}
