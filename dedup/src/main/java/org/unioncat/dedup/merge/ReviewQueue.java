package org.unioncat.dedup.merge;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.unioncat.dedup.cluster.Cluster;
import org.unioncat.dedup.store.DedupRun;
import org.unioncat.dedup.store.DedupStore;
import org.unioncat.ingest.store.StoreException;

/**
 * The review queue: the clusters of the latest DONE run with their review status, filtered,
 * sorted and paged in the database (a run may hold millions of clusters; a page is one query for
 * the ids plus one for their members). A cluster's score is its weakest link: the lowest score of
 * a member against the kept record.
 *
 * <p>Thread-safe: a connection per call.
 */
public final class ReviewQueue {
  private final DataSource dataSource;
  private final DedupStore store;

  public ReviewQueue(DataSource dataSource, DedupStore store) {
    this.dataSource = dataSource;
    this.store = store;
  }

  /** Sort orders of the queue. */
  public enum Sort {
    SCORE("q.score, q.cluster_id"),
    SCORE_DESC("q.score DESC, q.cluster_id"),
    SIZE("q.size DESC, q.cluster_id"),
    ID("q.cluster_id");

    private final String sql;

    Sort(String sql) {
      this.sql = sql;
    }
  }

  /**
   * What to list; null fields do not filter.
   *
   * @param cause a member's cause number (1-12)
   * @param library a member's uploading library code
   * @param uploader the user who uploaded the batch of a member
   * @param status the review status
   */
  public record Filter(
      Integer cause, String library, String uploader, ClusterStatus status, Double minScore,
      Double maxScore) {}

  /** One cluster in the queue. */
  public record Entry(Cluster cluster, double score, ClusterStatus status) {}

  /** A page of the queue, and how many clusters match in all. */
  public record Page(long runId, long total, int page, int size, List<Entry> clusters) {}

  public Page page(Filter filter, Sort sort, int page, int size) {
    DedupRun run = store.latestRun().orElseThrow(ReviewText::noRun);
    int p = Math.max(0, page);
    int s = Math.max(1, Math.min(size, 200));
    List<Object> params = new ArrayList<>();
    String from = query(run.id(), filter, params);
    try (Connection c = dataSource.getConnection()) {
      long total;
      try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) " + from)) {
        bind(ps, params);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          total = rs.getLong(1);
        }
      }
      Map<Long, Object[]> rows = new LinkedHashMap<>();
      try (PreparedStatement ps =
          c.prepareStatement(
              "SELECT q.cluster_id, q.score, q.review_status " + from + " ORDER BY " + sort.sql
                  + " LIMIT " + s + " OFFSET " + ((long) p * s))) {
        bind(ps, params);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            rows.put(rs.getLong(1), new Object[] {rs.getDouble(2), rs.getString(3)});
          }
        }
      }
      Map<Long, Cluster> clusters = new LinkedHashMap<>();
      store.clusters(run.id(), new ArrayList<>(rows.keySet())).forEach(k -> clusters.put(k.id(), k));
      List<Entry> entries = new ArrayList<>();
      rows.forEach((id, row) -> entries.add(
          new Entry(clusters.get(id), (Double) row[0], ClusterStatus.valueOf((String) row[1]))));
      return new Page(run.id(), total, p, s, entries);
    } catch (SQLException e) {
      throw new StoreException("reading the review queue", e);
    }
  }

  /** The latest DONE run's id (404 when detection has not run yet). */
  public long latestRunId() {
    return store.latestRun().orElseThrow(ReviewText::noRun).id();
  }

  /** The review status of one cluster of the latest run. */
  public ClusterStatus status(long clusterId) {
    DedupRun run = store.latestRun().orElseThrow(ReviewText::noRun);
    try (Connection c = dataSource.getConnection()) {
      return ClusterStatuses.status(c, run.id(), clusterId);
    } catch (SQLException e) {
      throw new StoreException("reading the review status of cluster " + clusterId, e);
    }
  }

  /** The latest run's cluster, with its review status. */
  public Optional<Entry> cluster(long clusterId) {
    DedupRun run = store.latestRun().orElseThrow(ReviewText::noRun);
    return store.cluster(run.id(), clusterId).map(k -> new Entry(k, score(k), status(clusterId)));
  }

  private static double score(Cluster k) {
    return k.members().stream().skip(1).mapToDouble(m -> m.score()).min().orElse(1.0);
  }

  private static String query(long runId, Filter f, List<Object> params) {
    StringBuilder inner = new StringBuilder(
        "SELECT c.cluster_id, c.size, COALESCE((SELECT MIN(m.score) FROM dedup_member m"
            + " WHERE m.run_id = c.run_id AND m.cluster_id = c.cluster_id AND m.member_no > 0), 1.0)"
            + " AS score, " + ClusterStatuses.STATUS_SQL + " AS review_status"
            + " FROM dedup_cluster c WHERE c.run_id = ?");
    params.add(runId);
    String member = " AND EXISTS (SELECT 1 FROM dedup_member m";
    String sameCluster = " m.run_id = c.run_id AND m.cluster_id = c.cluster_id";
    if (f.cause() != null) {
      inner.append(member).append(" WHERE").append(sameCluster).append(" AND m.cause = ?)");
      params.add(f.cause());
    }
    if (f.library() != null) {
      inner.append(member).append(" WHERE").append(sameCluster).append(" AND m.library_code = ?)");
      params.add(f.library());
    }
    if (f.uploader() != null) {
      inner.append(member)
          .append(" JOIN bib_record r ON r.id = m.record_id JOIN upload_batch b ON b.id = r.batch_id")
          .append(" WHERE").append(sameCluster).append(" AND b.uploaded_by = ?)");
      params.add(f.uploader());
    }
    StringBuilder outer = new StringBuilder("FROM (").append(inner).append(") q WHERE 1 = 1");
    if (f.status() != null) {
      outer.append(" AND q.review_status = ?");
      params.add(f.status().name());
    }
    if (f.minScore() != null) {
      outer.append(" AND q.score >= ?");
      params.add(f.minScore());
    }
    if (f.maxScore() != null) {
      outer.append(" AND q.score <= ?");
      params.add(f.maxScore());
    }
    return outer.toString();
  }

  private static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
    for (int i = 0; i < params.size(); i++) {
      ps.setObject(i + 1, params.get(i));
    }
  }
}
