package org.unioncat.dedup.merge;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * A cluster's review status: MERGED while a merge of it is APPLIED ({@code merge_event}), else the
 * last decision stored in {@code dedup_cluster_review}, else OPEN. On the caller's connection.
 */
final class ClusterStatuses {
  private ClusterStatuses() {}

  /** SQL for the status of cluster {@code c} (a dedup_cluster alias) of its run. */
  static final String STATUS_SQL =
      "CASE WHEN EXISTS (SELECT 1 FROM merge_event e WHERE e.run_id = c.run_id"
          + " AND e.cluster_id = c.cluster_id AND e.status = 'APPLIED') THEN 'MERGED'"
          + " ELSE COALESCE((SELECT v.status FROM dedup_cluster_review v WHERE v.run_id = c.run_id"
          + " AND v.cluster_id = c.cluster_id), 'OPEN') END";

  /**
   * Locks the cluster's row of its run: the first statement of every merge and decision, so that
   * a merge and a decision on the same cluster run one after the other and each sees the other's
   * result.
   */
  static void lock(Connection c, long runId, long clusterId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT cluster_id FROM dedup_cluster WHERE run_id = ? AND cluster_id = ? FOR UPDATE")) {
      ps.setLong(1, runId);
      ps.setLong(2, clusterId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          // locking only
        }
      }
    }
  }

  static ClusterStatus status(Connection c, long runId, long clusterId) throws SQLException {
    if (appliedMerge(c, runId, clusterId).isPresent()) {
      return ClusterStatus.MERGED;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT status FROM dedup_cluster_review WHERE run_id = ? AND cluster_id = ?")) {
      ps.setLong(1, runId);
      ps.setLong(2, clusterId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? ClusterStatus.valueOf(rs.getString(1)) : ClusterStatus.OPEN;
      }
    }
  }

  static Optional<Long> appliedMerge(Connection c, long runId, long clusterId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT id FROM merge_event WHERE run_id = ? AND cluster_id = ? AND status = 'APPLIED'"
                + " ORDER BY id DESC")) {
      ps.setLong(1, runId);
      ps.setLong(2, clusterId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
      }
    }
  }

  /** Refuses a merge of a cluster already merged, rejected or split. */
  static void requireOpenForMerge(Connection c, long runId, long clusterId) throws SQLException {
    Optional<Long> merged = appliedMerge(c, runId, clusterId);
    if (merged.isPresent()) {
      throw new ReviewConflictException(
          "Cluster " + clusterId + " has already been merged (merge " + merged.get() + "); undo"
              + " that merge first to merge it differently.",
          "重复组 " + clusterId + " 已经合并（合并 " + merged.get() + "）；如需改变合并方式，请先撤销该合并。");
    }
    ClusterStatus status = status(c, runId, clusterId);
    if (status == ClusterStatus.REJECTED || status == ClusterStatus.SPLIT) {
      throw new ReviewConflictException(
          "Cluster " + clusterId + " was " + (status == ClusterStatus.REJECTED
              ? "rejected (its records are not duplicates)" : "split into groups that are not duplicates")
              + "; it cannot be merged. The next duplicate detection run forms the clusters anew.",
          "重复组 " + clusterId + (status == ClusterStatus.REJECTED ? " 已被判定为非重复" : " 已被拆分")
              + "，不能合并。下次查重将重新组成重复组。");
    }
  }

  /** Refuses a decision on a cluster that is merged (undo the merge first). */
  static void requireNotMerged(Connection c, long runId, long clusterId) throws SQLException {
    Optional<Long> merged = appliedMerge(c, runId, clusterId);
    if (merged.isPresent()) {
      throw new ReviewConflictException(
          "Cluster " + clusterId + " has already been merged (merge " + merged.get() + "); undo"
              + " the merge before deciding anything else about it.",
          "重复组 " + clusterId + " 已经合并（合并 " + merged.get() + "）；请先撤销合并再作其他决定。");
    }
  }

  /** Stores the cluster's latest decision (replacing an earlier one). */
  static void record(Connection c, long runId, long clusterId, ClusterStatus status, String actor)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("DELETE FROM dedup_cluster_review WHERE run_id = ? AND cluster_id = ?")) {
      ps.setLong(1, runId);
      ps.setLong(2, clusterId);
      ps.executeUpdate();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO dedup_cluster_review (run_id, cluster_id, status, decided_by, decided_at)"
                + " VALUES (?, ?, ?, ?, ?)")) {
      ps.setLong(1, runId);
      ps.setLong(2, clusterId);
      ps.setString(3, status.name());
      ps.setString(4, actor);
      ps.setTimestamp(5, Timestamp.from(Instant.now()));
      ps.executeUpdate();
    }
  }
}
