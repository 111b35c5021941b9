package org.unioncat.dedup.merge;

/** Where a cluster of the latest run stands in review. */
public enum ClusterStatus {
  /** Nothing decided yet. */
  OPEN,
  /** Merged (and not undone). */
  MERGED,
  /** Reviewers decided its records are not duplicates. */
  REJECTED,
  /** Reviewers split it into groups that are not duplicates of each other. */
  SPLIT,
  /** Reviewers chose the record to keep; not merged yet. */
  KEEP_CHOSEN
}
