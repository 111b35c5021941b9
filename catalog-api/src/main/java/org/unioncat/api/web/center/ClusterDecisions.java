package org.unioncat.api.web.center;

import java.util.List;
import java.util.Set;

/**
 * What a reviewer decides about a cluster. The page calls this and nothing else, so the service
 * that carries a decision out can change without touching the page.
 */
public interface ClusterDecisions {

  /** The decisions a page may offer. */
  enum Operation { MERGE, UNDO, REJECT, SPLIT, CHANGE_KEPT }

  /** Which operations are carried out here (the page shows the others as unavailable). */
  Set<Operation> available();

  /**
   * Merges the cluster's duplicates into {@code keepId}. Records that do not belong are split off
   * first ({@link #split}); records flagged for checking (findings) are never merged.
   */
  void merge(long clusterId, long keepId, String user);

  /** Undoes the cluster's merge: the records and their holdings return as they were. */
  void undo(long clusterId, String user);

  /** The records are not duplicates of each other: never cluster them again. */
  void reject(long clusterId, List<Long> recordIds, String user);

  /**
   * Splits the cluster: records in different groups are not duplicates of each other, records in
   * the same group may be.
   */
  void split(long clusterId, List<List<Long>> groups, String user);

  /** Keeps another record of the cluster. */
  void changeKept(long clusterId, long keepId, String user);
}
