package org.unioncat.dedup.merge;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.unioncat.audit.AuditEvent;
import org.unioncat.audit.AuditTrail;
import org.unioncat.dedup.candidate.IdPair;
import org.unioncat.dedup.cluster.Cluster;
import org.unioncat.dedup.cluster.ClusterMember;
import org.unioncat.dedup.cluster.MemberRole;
import org.unioncat.dedup.store.DedupRun;
import org.unioncat.dedup.store.DedupStore;
import org.unioncat.error.InvalidRequestException;
import org.unioncat.error.NotFoundException;
import org.unioncat.ingest.store.Transactions;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reviewers' decisions on the clusters of the latest run, each in one transaction with its audit
 * entry. They persist across detection runs because they are stored as what the detector reads:
 * "not duplicates" pairs ({@code dedup_decision}) and records chosen to keep
 * ({@code dedup_keep_choice}); the cluster's review status ({@code dedup_cluster_review}) is only
 * for the queue.
 *
 * <ul>
 *   <li>reject a cluster: every pair of its records is "not duplicates";
 *   <li>reject a pair;
 *   <li>split a cluster into groups: every pair across two groups is "not duplicates" (records
 *       inside a group may be clustered again);
 *   <li>choose the record to keep: kept whenever it is in a cluster (other members' earlier
 *       choices are withdrawn).
 * </ul>
 *
 * <p>Thread-safe: a connection per call.
 */
public final class ReviewDecisions {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final DataSource dataSource;
  private final DedupStore store;
  private final AuditTrail audit;

  public ReviewDecisions(DataSource dataSource, DedupStore store, AuditTrail audit) {
    this.dataSource = dataSource;
    this.store = store;
    this.audit = audit;
  }

  /** What a decision stored. */
  public record Decided(long clusterId, ClusterStatus status, List<IdPair> pairsRejected, Long keepRecordId) {}

  public Decided rejectCluster(long clusterId, String actor) {
    DedupRun run = store.latestRun().orElseThrow(ReviewText::noRun);
    Cluster cluster = store.cluster(run.id(), clusterId).orElseThrow(() -> ReviewText.noCluster(clusterId));
    List<Long> ids = cluster.members().stream().map(ClusterMember::recordId).sorted().toList();
    List<IdPair> pairs = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      for (int j = i + 1; j < ids.size(); j++) {
        pairs.add(IdPair.of(ids.get(i), ids.get(j)));
      }
    }
    return rejectInCluster(run, clusterId, pairs, ClusterStatus.REJECTED, "REJECT", "rejecting",
        "records", ids, actor);
  }

  public Decided rejectPair(long first, long second, String actor) {
    if (first == second) {
      throw new InvalidRequestException(
          "A record cannot be rejected as a duplicate of itself (record " + first + ").",
          "不能把记录与其自身判定为非重复（记录 " + first + "）。");
    }
    IdPair pair = IdPair.of(first, second);
    return inTransaction("rejecting records " + pair, c -> {
      requireRecords(c, List.of(pair.first(), pair.second()));
      List<IdPair> added = reject(c, List.of(pair), actor);
      Map<String, Object> detail = new LinkedHashMap<>();
      detail.put("first", pair.first());
      detail.put("second", pair.second());
      detail.put("new", !added.isEmpty());
      audit.record(c, new AuditEvent(actor, "REJECT_PAIR",
          "pair:" + pair.first() + "-" + pair.second(), null, json(detail)));
      return new Decided(-1, null, added, null);
    });
  }

  /**
   * Splits a cluster into {@code groups}, which must hold each of its records exactly once (at
   * least two groups).
   */
  public Decided split(long clusterId, List<List<Long>> groups, String actor) {
    DedupRun run = store.latestRun().orElseThrow(ReviewText::noRun);
    Cluster cluster = store.cluster(run.id(), clusterId).orElseThrow(() -> ReviewText.noCluster(clusterId));
    Set<Long> members = new HashSet<>();
    cluster.members().forEach(m -> members.add(m.recordId()));
    Set<Long> seen = new HashSet<>();
    for (List<Long> g : groups) {
      for (Long id : g) {
        if (id == null || !members.contains(id)) {
          throw new InvalidRequestException(
              "Record " + id + " is not in cluster " + clusterId + " (" + sorted(members) + ").",
              "记录 " + id + " 不在重复组 " + clusterId + " 中（" + sorted(members) + "）。");
        }
        if (!seen.add(id)) {
          throw new InvalidRequestException(
              "Record " + id + " is in two groups; each record of cluster " + clusterId
                  + " must be in exactly one group.",
              "记录 " + id + " 出现在两个分组中；重复组 " + clusterId + " 的每条记录只能属于一个分组。");
        }
      }
    }
    if (!seen.equals(members) || groups.stream().filter(g -> !g.isEmpty()).count() < 2) {
      Set<Long> missing = new HashSet<>(members);
      missing.removeAll(seen);
      throw new InvalidRequestException(
          "A split needs at least two groups that together hold every record of cluster "
              + clusterId + " (" + sorted(members) + ")"
              + (missing.isEmpty() ? "" : "; missing: " + sorted(missing)) + ".",
          "拆分至少需要两个分组，且各组合起来包含重复组 " + clusterId + " 的全部记录（" + sorted(members) + "）"
              + (missing.isEmpty() ? "" : "；缺少：" + sorted(missing)) + "。");
    }
    List<IdPair> pairs = new ArrayList<>();
    for (int a = 0; a < groups.size(); a++) {
      for (int b = a + 1; b < groups.size(); b++) {
        for (long x : groups.get(a)) {
          for (long y : groups.get(b)) {
            pairs.add(IdPair.of(x, y));
          }
        }
      }
    }
    return rejectInCluster(run, clusterId, pairs, ClusterStatus.SPLIT, "SPLIT", "splitting",
        "groups", groups, actor);
  }

  /**
   * Rejecting a whole cluster and splitting one are the same act on different pairs: in one
   * transaction, with the cluster locked and not merged, the pairs become "not duplicates", the
   * cluster gets its status, and one audit entry says what was decided ({@code what}: the
   * records, or the groups asked for).
   */
  private Decided rejectInCluster(DedupRun run, long clusterId, List<IdPair> pairs,
      ClusterStatus status, String action, String doing, String whatName, Object what,
      String actor) {
    return inTransaction(doing + " cluster " + clusterId, c -> {
      ClusterStatuses.lock(c, run.id(), clusterId);
      ClusterStatuses.requireNotMerged(c, run.id(), clusterId);
      List<IdPair> added = reject(c, pairs, actor);
      ClusterStatuses.record(c, run.id(), clusterId, status, actor);
      Map<String, Object> detail = new LinkedHashMap<>();
      detail.put("runId", run.id());
      detail.put("clusterId", clusterId);
      detail.put(whatName, what);
      detail.put("pairsRejected", pairNames(added));
      audit.record(c, new AuditEvent(actor, action, "cluster:" + clusterId, null, json(detail)));
      return new Decided(clusterId, status, added, null);
    });
  }

  /** Chooses {@code recordId} (a duplicate or the kept record of the cluster) as the one to keep. */
  public Decided chooseKeep(long clusterId, long recordId, String actor) {
    DedupRun run = store.latestRun().orElseThrow(ReviewText::noRun);
    Cluster cluster = store.cluster(run.id(), clusterId).orElseThrow(() -> ReviewText.noCluster(clusterId));
    List<Long> candidates = cluster.members().stream()
        .filter(m -> m.role() != MemberRole.FINDING).map(ClusterMember::recordId).toList();
    if (!candidates.contains(recordId)) {
      throw new InvalidRequestException(
          "Record " + recordId + " is not one of the duplicates of cluster " + clusterId + " ("
              + sorted(new HashSet<>(candidates)) + "); choose one of them to keep.",
          "记录 " + recordId + " 不属于重复组 " + clusterId + " 的重复记录（" + sorted(new HashSet<>(candidates))
              + "）；请从中选择保留记录。");
    }
    List<Long> all = cluster.members().stream().map(ClusterMember::recordId).toList();
    return inTransaction("choosing the record to keep in cluster " + clusterId, c -> {
      ClusterStatuses.lock(c, run.id(), clusterId);
      ClusterStatuses.requireNotMerged(c, run.id(), clusterId);
      try (PreparedStatement ps =
          c.prepareStatement(
              "DELETE FROM dedup_keep_choice WHERE record_id IN (" + RecordRows.in(all.size()) + ")")) {
        RecordRows.bind(ps, 1, all);
        ps.executeUpdate();
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO dedup_keep_choice (record_id, decided_by, decided_at) VALUES (?, ?, ?)")) {
        ps.setLong(1, recordId);
        ps.setString(2, actor);
        ps.setTimestamp(3, Timestamp.from(Instant.now()));
        ps.executeUpdate();
      }
      ClusterStatuses.record(c, run.id(), clusterId, ClusterStatus.KEEP_CHOSEN, actor);
      Map<String, Object> detail = new LinkedHashMap<>();
      detail.put("runId", run.id());
      detail.put("clusterId", clusterId);
      detail.put("keepRecordId", recordId);
      detail.put("previousKeepRecordId", cluster.keepId());
      audit.record(c, new AuditEvent(actor, "CHOOSE_KEEP", "cluster:" + clusterId, null, json(detail)));
      return new Decided(clusterId, ClusterStatus.KEEP_CHOSEN, List.of(), recordId);
    });
  }

  private static List<IdPair> reject(Connection c, List<IdPair> pairs, String actor) throws SQLException {
    List<IdPair> added = new ArrayList<>();
    for (IdPair p : pairs) {
      if (DedupStore.rejectPair(c, p, actor)) {
        added.add(p);
      }
    }
    return added;
  }

  private static void requireRecords(Connection c, List<Long> ids) throws SQLException {
    Map<Long, RowSnapshot> rows = RecordRows.read(c, ids);
    for (long id : ids) {
      if (!rows.containsKey(id)) {
        throw new NotFoundException("There is no record " + id + ".", "没有编号为 " + id + " 的记录。");
      }
    }
  }

  private static List<String> pairNames(List<IdPair> pairs) {
    return pairs.stream().map(p -> p.first() + "-" + p.second()).toList();
  }

  private static String sorted(Set<Long> ids) {
    return ids.stream().sorted().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("");
  }

  private static String json(Object o) {
    return JSON.writeValueAsString(o);
  }

  private <T> T inTransaction(String what, Transactions.Work<T> work) {
    return Transactions.inTransaction(dataSource, what, work);
  }
}
