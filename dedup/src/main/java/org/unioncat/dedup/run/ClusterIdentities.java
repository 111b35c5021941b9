package org.unioncat.dedup.run;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.unioncat.dedup.cluster.Cluster;
import org.unioncat.dedup.cluster.ClusterMember;

/**
 * Keeps cluster ids stable from one run to the next, so that reviewers' work, reports and links
 * keyed by cluster id survive the nightly run.
 *
 * <p>The rule: a new cluster takes the id of a previous cluster it shares members with. Clusters
 * are taken in order of their lowest record id; each takes the previous cluster of its
 * lowest-id member that had one and whose id no earlier cluster took. So a cluster keeps its id
 * while it keeps any of its members (also when its lowest record was merged away); when a cluster
 * splits, the part holding the lowest previously clustered record keeps the id, the other parts
 * are new. A cluster with nothing to inherit gets its lowest record id not in use by another
 * cluster of the run (the first run gives exactly the detector's ids: lowest record id).
 *
 * <p>Then each cluster is new (id not in the previous run), changed (same id, other members) or
 * unchanged; previous ids not in use any more are closed.
 */
public final class ClusterIdentities {
  private ClusterIdentities() {}

  /** Clusters with stable ids, and how they compare with the previous run. */
  public record Result(List<Cluster> clusters, long created, long changed, long closed) {}

  /**
   * @param clusters this run's clusters (ids as the detector gave them)
   * @param previous the previous run's members by cluster id (empty on the first run)
   */
  public static Result assign(List<Cluster> clusters, Map<Long, Set<Long>> previous) {
    return assign(clusters, previous, Set.of());
  }

  /**
   * As {@link #assign(List, Map)} for the part of a run computed again, when the previous run's
   * other clusters are carried over unchanged (with their ids): {@code previous} holds only the
   * previous clusters this part replaces, {@code carried} the ids of the clusters carried over.
   * Gives the ids and counts the whole run would: a carried-over cluster takes its own id, so a
   * replaced one can only pass to a cluster of this part, and a fresh id must avoid the carried
   * ones as well.
   *
   * @param clusters the clusters of the recomputed part (ids as the detector gave them)
   * @param previous the previous run's members of the clusters this part replaces, by id
   * @param carried ids of the previous clusters carried over unchanged (counted as unchanged)
   */
  public static Result assign(
      List<Cluster> clusters, Map<Long, Set<Long>> previous, Set<Long> carried) {
    Map<Long, Long> previousClusterOf = new HashMap<>();
    previous.forEach((id, members) -> members.forEach(m -> previousClusterOf.put(m, id)));
    List<Cluster> ordered = new ArrayList<>(clusters);
    ordered.sort(Comparator.comparingLong(ClusterIdentities::lowestMember));

    Map<Cluster, Long> ids = new HashMap<>();
    Set<Long> used = new HashSet<>();
    List<Cluster> withoutHeir = new ArrayList<>();
    for (Cluster c : ordered) {
      Long inherited = null;
      for (long member : sortedMembers(c)) {
        Long prev = previousClusterOf.get(member);
        if (prev != null && !used.contains(prev)) {
          inherited = prev;
          break;
        }
      }
      if (inherited == null) {
        withoutHeir.add(c);
      } else {
        ids.put(c, inherited);
        used.add(inherited);
      }
    }
    // A fresh id must not be an id that a cluster of this run inherited or carried over, nor a
    // previous id that is being closed tonight (a closed id never comes back meaning something
    // else).
    Set<Long> taken = new HashSet<>(used);
    taken.addAll(previous.keySet());
    for (Cluster c : withoutHeir) {
      Long fresh = null;
      for (long member : sortedMembers(c)) {
        if (!taken.contains(member) && !carried.contains(member)) {
          fresh = member;
          break;
        }
      }
      if (fresh == null) {
        throw new IllegalStateException("no free cluster id among the records of cluster "
            + c.id() + " (every one is in use by another cluster)");
      }
      ids.put(c, fresh);
      taken.add(fresh);
    }

    long created = 0;
    long changed = 0;
    List<Cluster> out = new ArrayList<>(clusters.size());
    for (Cluster c : ordered) {
      long id = ids.get(c);
      Set<Long> before = previous.get(id);
      if (before == null) {
        created++;
      } else if (!before.equals(new HashSet<>(sortedMembers(c)))) {
        changed++;
      }
      out.add(new Cluster(id, c.keepId(), c.members()));
    }
    Set<Long> stillOpen = new HashSet<>(ids.values());
    long closed = previous.keySet().stream().filter(id -> !stillOpen.contains(id)).count();
    out.sort(Comparator.comparingLong(Cluster::id));
    return new Result(out, created, changed, closed);
  }

  private static long lowestMember(Cluster c) {
    return sortedMembers(c).first();
  }

  private static TreeSet<Long> sortedMembers(Cluster c) {
    TreeSet<Long> ids = new TreeSet<>();
    for (ClusterMember m : c.members()) {
      ids.add(m.recordId());
    }
    return ids;
  }
}
