package org.unioncat.api.web.center;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The queue in SQL: filtered, sorted and paged in the database (a run may hold millions of
 * clusters), then the page's causes and libraries in one more query. A cluster's status comes
 * from the catalog itself: MERGED when a duplicate of it now points at the kept record, REJECTED
 * when a reviewer said two of its records are not duplicates, OPEN otherwise.
 */
@Service
public class ClusterQueueQueries {
  public static final int PAGE_SIZE = 25;
  private static final String MEMBER = "SELECT 1 FROM dedup_member m WHERE m.run_id = c.run_id"
      + " AND m.cluster_id = c.cluster_id";
  private static final String MERGED = "EXISTS (SELECT 1 FROM dedup_member m JOIN bib_record r"
      + " ON r.id = m.record_id WHERE m.run_id = c.run_id AND m.cluster_id = c.cluster_id"
      + " AND r.status = 'MERGED' AND r.merged_into = c.keep_record_id)";
  private static final String REJECTED = "EXISTS (SELECT 1 FROM dedup_member m JOIN dedup_member n"
      + " ON n.run_id = m.run_id AND n.cluster_id = m.cluster_id AND n.record_id > m.record_id"
      + " JOIN dedup_decision d ON d.first_record_id = m.record_id AND d.second_record_id = n.record_id"
      + " WHERE m.run_id = c.run_id AND m.cluster_id = c.cluster_id)";
  private static final String LOW_SCORE = "(SELECT MIN(m.score) FROM dedup_member m"
      + " WHERE m.run_id = c.run_id AND m.cluster_id = c.cluster_id AND m.role = 'DUPLICATE')";

  private final JdbcClient jdbc;

  ClusterQueueQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The latest finished detection run's id. */
  public Optional<Long> latestRun() {
    return jdbc.sql("SELECT MAX(id) FROM dedup_run WHERE status = 'DONE'")
        .query(Long.class)
        .optional();
  }

  public QueuePage page(QueueFilter f) {
    Optional<Long> run = latestRun();
    if (run.isEmpty()) {
      return new QueuePage(null, 0, List.of(), 0, 0);
    }
    List<Object> params = new ArrayList<>();
    String where = where(f, run.get(), params);
    long total =
        jdbc.sql("SELECT COUNT(*) FROM dedup_cluster c " + where)
            .params(params)
            .query(Long.class)
            .single();
    String order =
        switch (f.sort()) {
          case LOW_SCORE -> " ORDER BY low_score, c.cluster_id";
          case SIZE -> " ORDER BY c.size DESC, c.cluster_id";
          case ID -> " ORDER BY c.cluster_id";
        };
    List<Object> pageParams = new ArrayList<>(params);
    pageParams.add(PAGE_SIZE);
    pageParams.add((long) f.page() * PAGE_SIZE);
    List<QueueRow> base =
        jdbc.sql(
                "SELECT c.cluster_id, c.keep_record_id, k.title, c.size, "
                    + LOW_SCORE + " AS low_score,"
                    + " CASE WHEN " + MERGED + " THEN 'MERGED' WHEN " + REJECTED
                    + " THEN 'REJECTED' ELSE 'OPEN' END AS status"
                    + " FROM dedup_cluster c LEFT JOIN bib_record k ON k.id = c.keep_record_id "
                    + where + order + " LIMIT ? OFFSET ?")
            .params(pageParams)
            .query(
                (rs, i) ->
                    new QueueRow(
                        rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4),
                        rs.getDouble(5), rs.getString(6), List.of(), List.of()))
            .list();
    return new QueuePage(
        run.get(), total, withMembers(run.get(), base), f.page(), (total + PAGE_SIZE - 1) / PAGE_SIZE);
  }

  private static String where(QueueFilter f, long runId, List<Object> params) {
    StringBuilder w = new StringBuilder(" WHERE c.run_id = ?");
    params.add(runId);
    // only clusters with something to merge: findings-only groups go to the libraries' reports
    w.append(" AND EXISTS (").append(MEMBER).append(" AND m.role = 'DUPLICATE')");
    if (f.cause() != null) {
      w.append(" AND EXISTS (").append(MEMBER).append(" AND m.cause = ?)");
      params.add(f.cause());
    }
    if (f.library() != null) {
      w.append(" AND EXISTS (").append(MEMBER).append(" AND m.library_code = ?)");
      params.add(f.library());
    }
    if (f.uploader() != null) {
      w.append(" AND EXISTS (SELECT 1 FROM dedup_member m JOIN bib_record r ON r.id = m.record_id")
          .append(" JOIN upload_batch b ON b.id = r.batch_id WHERE m.run_id = c.run_id")
          .append(" AND m.cluster_id = c.cluster_id AND b.uploaded_by = ?)");
      params.add(f.uploader());
    }
    if (f.maxScore() != null) {
      w.append(" AND EXISTS (").append(MEMBER).append(" AND m.role = 'DUPLICATE' AND m.score <= ?)");
      params.add(f.maxScore());
    }
    switch (f.status()) {
      case OPEN -> w.append(" AND NOT ").append(MERGED).append(" AND NOT ").append(REJECTED);
      case MERGED -> w.append(" AND ").append(MERGED);
      case REJECTED -> w.append(" AND ").append(REJECTED).append(" AND NOT ").append(MERGED);
      case ALL -> { }
    }
    return w.toString();
  }

  private List<QueueRow> withMembers(long runId, List<QueueRow> rows) {
    if (rows.isEmpty()) {
      return rows;
    }
    StringBuilder in = new StringBuilder();
    List<Object> params = new ArrayList<>();
    params.add(runId);
    for (QueueRow r : rows) {
      in.append(in.length() == 0 ? "?" : ", ?");
      params.add(r.clusterId());
    }
    Map<Long, TreeSet<Integer>> causes = new TreeMap<>();
    Map<Long, TreeSet<String>> libraries = new TreeMap<>();
    jdbc.sql(
            "SELECT cluster_id, library_code, cause FROM dedup_member WHERE run_id = ?"
                + " AND cluster_id IN (" + in + ")")
        .params(params)
        .query(
            rs -> {
              long id = rs.getLong(1);
              libraries.computeIfAbsent(id, k -> new TreeSet<>()).add(rs.getString(2));
              int cause = rs.getInt(3);
              if (!rs.wasNull()) {
                causes.computeIfAbsent(id, k -> new TreeSet<>()).add(cause);
              }
            });
    List<QueueRow> out = new ArrayList<>();
    for (QueueRow r : rows) {
      out.add(
          new QueueRow(
              r.clusterId(), r.keepId(), r.title(), r.size(), r.lowestScore(), r.status(),
              List.copyOf(causes.getOrDefault(r.clusterId(), new TreeSet<>())),
              List.copyOf(libraries.getOrDefault(r.clusterId(), new TreeSet<>()))));
    }
    return out;
  }
}
