package org.unioncat.api.web.center;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.unioncat.dedup.candidate.IdPair;
import org.unioncat.dedup.store.DedupStore;

/**
 * The decisions the duplicate detector's own store carries: "not duplicates" (reject) and split,
 * both recorded as rejected pairs that every later run respects. Merge, undo and a different kept
 * record need the merge service; until it is wired in they are refused with a clear message.
 */
final class DetectorDecisions implements ClusterDecisions {
  private final DedupStore store;

  DetectorDecisions(DedupStore store) {
    this.store = store;
  }

  @Override
  public Set<Operation> available() {
    return EnumSet.of(Operation.REJECT, Operation.SPLIT);
  }

  @Override
  public void merge(long clusterId, long keepId, List<Long> recordIds, String user) {
    throw new DecisionUnavailableException("Merging", "合并");
  }

  @Override
  public void undo(long clusterId, String user) {
    throw new DecisionUnavailableException("Undoing a merge", "撤销合并");
  }

  @Override
  public void changeKept(long clusterId, long keepId, String user) {
    throw new DecisionUnavailableException("Changing the kept record", "更换保留记录");
  }

  @Override
  public void reject(long clusterId, List<Long> recordIds, String user) {
    for (int i = 0; i < recordIds.size(); i++) {
      for (int j = i + 1; j < recordIds.size(); j++) {
        store.rejectPair(IdPair.of(recordIds.get(i), recordIds.get(j)), user);
      }
    }
  }

  @Override
  public void split(long clusterId, List<List<Long>> groups, String user) {
    for (int g = 0; g < groups.size(); g++) {
      for (int h = g + 1; h < groups.size(); h++) {
        for (long a : groups.get(g)) {
          for (long b : groups.get(h)) {
            store.rejectPair(IdPair.of(a, b), user);
          }
        }
      }
    }
  }
}
