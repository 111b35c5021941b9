package org.unioncat.dedup.cluster;

/** What happens to a cluster member. */
public enum MemberRole {
  /** The record to keep: the others' holdings move onto it. */
  KEEP,
  /** A duplicate of the kept record: merge its holdings, then delete it. */
  DUPLICATE,
  /**
   * Linked to the cluster but to be reported, not merged (e.g. a wrong record, cause 10): a person
   * decides.
   */
  FINDING
}
