package org.unioncat.api.web.center;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.unioncat.dedup.merge.ClusterMerger;
import org.unioncat.dedup.merge.MergeEvent;
import org.unioncat.dedup.merge.ReviewConflictException;
import org.unioncat.dedup.merge.ReviewDecisions;

/**
 * The page's decisions carried out by the review engine: {@link ClusterMerger} for merge and undo,
 * {@link ReviewDecisions} for reject, split and the record to keep (every later detection run
 * respects them).
 */
final class EngineDecisions implements ClusterDecisions {
  private final ClusterMerger merger;
  private final ReviewDecisions decisions;

  EngineDecisions(ClusterMerger merger, ReviewDecisions decisions) {
    this.merger = merger;
    this.decisions = decisions;
  }

  @Override
  public Set<Operation> available() {
    return EnumSet.allOf(Operation.class);
  }

  @Override
  public void merge(long clusterId, long keepId, String user) {
    merger.merge(clusterId, keepId, user);
  }

  @Override
  public void undo(long clusterId, String user) {
    List<MergeEvent> merges = merger.merges(clusterId, 1);
    if (merges.isEmpty() || !merges.get(0).status().equals("APPLIED")) {
      throw new ReviewConflictException(
          "Cluster " + clusterId + " has no merge to undo.", "重复组 " + clusterId + " 没有可撤销的合并。");
    }
    merger.undo(merges.get(0).id(), user);
  }

  @Override
  public void reject(long clusterId, List<Long> recordIds, String user) {
    decisions.rejectCluster(clusterId, user);
  }

  @Override
  public void split(long clusterId, List<List<Long>> groups, String user) {
    decisions.split(clusterId, groups, user);
  }

  @Override
  public void changeKept(long clusterId, long keepId, String user) {
    decisions.chooseKeep(clusterId, keepId, user);
  }
}
