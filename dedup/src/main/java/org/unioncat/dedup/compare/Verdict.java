package org.unioncat.dedup.compare;

/** What a field-by-field comparison concludes about two records. */
public enum Verdict {
  /** The same manifestation: cluster them (the cause says how the duplicate arose). */
  DUPLICATE,
  /** Probably the same, not sure enough to merge on its own: shown to a reviewer. */
  POSSIBLE,
  /** Different books; nothing to report. */
  DIFFERENT,
  /**
   * Must never end in one cluster, even through other records: different editions, different
   * volumes or parts, print vs electronic, book vs audio. Clustering honours it transitively.
   */
  CANNOT_LINK
}
