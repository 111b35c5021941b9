package org.unioncat.dedup.cluster;

import java.util.List;

/**
 * Records of one manifestation: one to keep, the rest merged onto it (or flagged).
 *
 * @param id the lowest record id of the cluster: stable across runs on the same input
 * @param keepId the record to keep
 * @param members the kept record first, then the others by record id
 */
public record Cluster(long id, long keepId, List<ClusterMember> members) {
  public Cluster {
    members = List.copyOf(members);
  }

  public int size() {
    return members.size();
  }
}
