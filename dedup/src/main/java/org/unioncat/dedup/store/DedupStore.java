package org.unioncat.dedup.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.unioncat.dedup.Cause;
import org.unioncat.dedup.candidate.IdPair;
import org.unioncat.dedup.cluster.Cluster;
import org.unioncat.dedup.cluster.ClusterMember;
import org.unioncat.dedup.cluster.Finding;
import org.unioncat.dedup.cluster.MemberRole;
import org.unioncat.dedup.cluster.ReviewSuggestion;
import org.unioncat.dedup.run.DedupResult;
import org.unioncat.dedup.run.RunStatistics;
import org.unioncat.ingest.store.StoreException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The duplicate detector's runs in the catalog database (tables {@code dedup_run},
 * {@code dedup_cluster}, {@code dedup_member}, {@code dedup_finding}) and reviewers' decisions the
 * detector honours: "not duplicates" pairs ({@code dedup_decision}) and records chosen to keep
 * ({@code dedup_keep_choice}, written by the merge package's review decisions).
 *
 * <p>A run is {@link #startRun started} (RUNNING), its result {@link #finishRun written} in
 * batches, a transaction per {@value #CLUSTERS_PER_COMMIT} clusters, then marked DONE in the last
 * transaction. Readers only see DONE runs, so a run that failed half-way is never shown.
 *
 * <p>Plain JDBC, thread-safe: a connection per call.
 */
public final class DedupStore {
  /** Clusters written per transaction (with their members). */
  static final int CLUSTERS_PER_COMMIT = 500;
  private static final int FINDINGS_PER_COMMIT = 1000;
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String MEMBER_COLUMNS =
      "m.cluster_id, m.record_id, m.library_code, m.local_id, m.role, m.cause, m.score,"
          + " m.explanation_en, m.explanation_zh, m.action_en, m.action_zh";

  private final DataSource dataSource;

  public DedupStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Records that a run has begun; returns its id. */
  public long startRun() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO dedup_run (started_at, status) VALUES (?, 'RUNNING')",
                Statement.RETURN_GENERATED_KEYS)) {
      ps.setTimestamp(1, Timestamp.from(Instant.now()));
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    } catch (SQLException e) {
      throw new StoreException("starting a duplicate detection run", e);
    }
  }

  /**
   * Writes a run's clusters, members and findings, then marks it DONE with its numbers. The rows
   * go in batches, a transaction per {@value #CLUSTERS_PER_COMMIT} clusters; the run becomes
   * visible only with the last one.
   */
  public void finishRun(long runId, DedupResult result) {
    try (Connection c = dataSource.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        writeResult(c, runId, result);
        // this run has every finding: it reads only its own rows (RunFindings)
        markDone(c, runId, result.statistics(), runId);
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new StoreException("storing duplicate detection run " + runId, e);
    }
  }

  /** Writes a result's clusters, members, findings and review suggestions for a run. */
  static void writeResult(Connection c, long runId, DedupResult result) throws SQLException {
    writeClusters(c, runId, result.clusters());
    writeFindings(c, runId, result.findings());
    writeSuggestions(c, runId, result.reviewSuggestions());
  }

  /**
   * Marks a run DONE with its numbers (its rows are all written).
   *
   * @param findingsFrom the first run whose finding rows the run reads ({@link RunFindings})
   */
  static void markDone(Connection c, long runId, RunStatistics s, long findingsFrom)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE dedup_run SET status = 'DONE', finished_at = ?, records = ?,"
                + " candidate_pairs = ?, clusters = ?, findings = ?, statistics = ?,"
                + " suggestions_stored = 1, findings_from = ? WHERE id = ?")) {
      ps.setTimestamp(1, Timestamp.from(Instant.now()));
      ps.setLong(2, s.records());
      ps.setLong(3, s.candidatePairs());
      ps.setLong(4, s.clusters());
      ps.setLong(5, s.findings());
      ps.setString(6, JSON.writeValueAsString(s));
      ps.setLong(7, findingsFrom);
      ps.setLong(8, runId);
      ps.executeUpdate();
    }
  }

  /** Marks a run FAILED with a message (its partial rows stay unread). */
  public void failRun(long runId, String message) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "UPDATE dedup_run SET status = 'FAILED', finished_at = ?, message = ? WHERE id = ?")) {
      ps.setTimestamp(1, Timestamp.from(Instant.now()));
      String m = message == null ? "" : message;
      ps.setString(2, m.length() > 2000 ? m.substring(0, 2000) : m);
      ps.setLong(3, runId);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException("marking duplicate detection run " + runId + " failed", e);
    }
  }

  /** Starts a run and stores its result in one call; returns the run's id. */
  public long save(DedupResult result) {
    long id = startRun();
    finishRun(id, result);
    return id;
  }

  /** The most recent DONE run, if any. */
  public Optional<DedupRun> latestRun() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT id, started_at, finished_at, status, records, candidate_pairs, clusters,"
                    + " findings, statistics FROM dedup_run WHERE status = 'DONE'"
                    + " ORDER BY id DESC LIMIT 1");
        ResultSet rs = ps.executeQuery()) {
      if (!rs.next()) {
        return Optional.empty();
      }
      Timestamp finished = rs.getTimestamp(3);
      return Optional.of(
          new DedupRun(
              rs.getLong(1), rs.getTimestamp(2).toInstant(),
              finished == null ? null : finished.toInstant(), rs.getString(4), rs.getLong(5),
              rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getString(9)));
    } catch (SQLException e) {
      throw new StoreException("reading the latest duplicate detection run", e);
    }
  }

  /** A run's clusters by cluster id, each with its members (the kept record first). */
  public List<Cluster> clusters(long runId) {
    return readClusters(
        "SELECT c.cluster_id, c.keep_record_id, " + MEMBER_COLUMNS
            + " FROM dedup_cluster c JOIN dedup_member m"
            + " ON m.run_id = c.run_id AND m.cluster_id = c.cluster_id"
            + " WHERE c.run_id = ? ORDER BY c.cluster_id, m.member_no",
        runId);
  }

  /**
   * A run's clusters that have at least one member uploaded by {@code libraryCode}, each whole
   * (the library needs to see the record it merges into).
   */
  public List<Cluster> clusters(long runId, String libraryCode) {
    return readClusters(
        "SELECT c.cluster_id, c.keep_record_id, " + MEMBER_COLUMNS
            + " FROM dedup_cluster c JOIN dedup_member m"
            + " ON m.run_id = c.run_id AND m.cluster_id = c.cluster_id"
            + " WHERE c.run_id = ? AND c.cluster_id IN (SELECT l.cluster_id FROM dedup_member l"
            + " WHERE l.run_id = ? AND l.library_code = ?)"
            + " ORDER BY c.cluster_id, m.member_no",
        runId, runId, libraryCode);
  }

  /** A run's findings, by record id then cause. */
  public List<Finding> findings(long runId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT f.record_id, f.library_code, f.local_id, f.cause, f.related_record_id,"
                    + " f.detail_en, f.detail_zh, f.action_en, f.action_zh FROM dedup_finding f"
                    + " WHERE " + RunFindings.of("f") + " ORDER BY f.record_id, f.cause, f.id")) {
      ps.setLong(1, RunFindings.from(c, runId));
      ps.setLong(2, runId);
      ps.setLong(3, runId);
      List<Finding> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long related = rs.getLong(5);
          Optional<Long> relatedId = rs.wasNull() ? Optional.empty() : Optional.of(related);
          out.add(
              new Finding(
                  rs.getLong(1), rs.getString(2), rs.getString(3), Cause.ofNumber(rs.getInt(4)),
                  relatedId, rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("reading the findings of duplicate detection run " + runId, e);
    }
  }

  /**
   * Records a reviewer's decision that two records are not duplicates. Deciding the same pair
   * again changes nothing (the first decision stays).
   */
  public void rejectPair(IdPair pair, String decidedBy) {
    try (Connection c = dataSource.getConnection()) {
      rejectPair(c, pair, decidedBy);
    } catch (SQLException e) {
      throw new StoreException("recording that records " + pair + " are not duplicates", e);
    }
  }

  /**
   * As {@link #rejectPair(IdPair, String)}, on the caller's connection and transaction (a cluster
   * rejection writes all its pairs and its audit entry together). Returns whether the pair was
   * new.
   */
  public static boolean rejectPair(Connection c, IdPair pair, String decidedBy) throws SQLException {
    try (PreparedStatement exists =
        c.prepareStatement(
            "SELECT 1 FROM dedup_decision WHERE first_record_id = ? AND second_record_id = ?")) {
      exists.setLong(1, pair.first());
      exists.setLong(2, pair.second());
      try (ResultSet rs = exists.executeQuery()) {
        if (rs.next()) {
          return false;
        }
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO dedup_decision (first_record_id, second_record_id, decided_by,"
                + " decided_at) VALUES (?, ?, ?, ?)")) {
      ps.setLong(1, pair.first());
      ps.setLong(2, pair.second());
      ps.setString(3, decidedBy);
      ps.setTimestamp(4, Timestamp.from(Instant.now()));
      ps.executeUpdate();
      return true;
    } catch (SQLException e) {
      if (!isDuplicateKey(e)) {
        throw e;
      }
      // decided concurrently by someone else: the first decision stays
      return false;
    }
  }

  /**
   * The records named in reviewers' decisions made at or after {@code since}: both records of each
   * "not duplicates" pair and each record chosen to keep. A run that carries the previous result
   * over computes their part again. (Choosing a record to keep replaces the choices in its cluster
   * in the same transaction, so a removed choice always comes with a new one in that cluster.)
   */
  public Set<Long> recordsDecidedSince(Instant since) {
    Timestamp from = Timestamp.from(since);
    Set<Long> out = new HashSet<>();
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT first_record_id, second_record_id FROM dedup_decision WHERE decided_at >= ?")) {
        ps.setTimestamp(1, from);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(rs.getLong(1));
            out.add(rs.getLong(2));
          }
        }
      }
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT record_id FROM dedup_keep_choice WHERE decided_at >= ?")) {
        ps.setTimestamp(1, from);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(rs.getLong(1));
          }
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("reading reviewers' recent decisions", e);
    }
  }

  /** The records reviewers chose to keep whenever they are in a cluster. */
  public Set<Long> keepChoices() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT record_id FROM dedup_keep_choice");
        ResultSet rs = ps.executeQuery()) {
      Set<Long> out = new HashSet<>();
      while (rs.next()) {
        out.add(rs.getLong(1));
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("reading the records chosen to keep", e);
    }
  }

  /** One cluster of a run, with its members (the kept record first). */
  public Optional<Cluster> cluster(long runId, long clusterId) {
    return readClusters(
        "SELECT c.cluster_id, c.keep_record_id, " + MEMBER_COLUMNS
            + " FROM dedup_cluster c JOIN dedup_member m"
            + " ON m.run_id = c.run_id AND m.cluster_id = c.cluster_id"
            + " WHERE c.run_id = ? AND c.cluster_id = ? ORDER BY m.member_no",
        runId, clusterId).stream().findFirst();
  }

  /** The clusters of a run whose ids are given, in id order (a page of the review queue). */
  public List<Cluster> clusters(long runId, List<Long> clusterIds) {
    if (clusterIds.isEmpty()) {
      return List.of();
    }
    StringBuilder in = new StringBuilder();
    Object[] params = new Object[clusterIds.size() + 1];
    params[0] = runId;
    for (int i = 0; i < clusterIds.size(); i++) {
      in.append(i == 0 ? "?" : ",?");
      params[i + 1] = clusterIds.get(i);
    }
    return readClusters(
        "SELECT c.cluster_id, c.keep_record_id, " + MEMBER_COLUMNS
            + " FROM dedup_cluster c JOIN dedup_member m"
            + " ON m.run_id = c.run_id AND m.cluster_id = c.cluster_id"
            + " WHERE c.run_id = ? AND c.cluster_id IN (" + in + ")"
            + " ORDER BY c.cluster_id, m.member_no",
        params);
  }

  /** Every "not duplicates" decision, by pair. */
  public List<Decision> decisions() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT first_record_id, second_record_id, decided_by, decided_at"
                    + " FROM dedup_decision ORDER BY first_record_id, second_record_id");
        ResultSet rs = ps.executeQuery()) {
      List<Decision> out = new ArrayList<>();
      while (rs.next()) {
        out.add(
            new Decision(
                IdPair.of(rs.getLong(1), rs.getLong(2)), rs.getString(3),
                rs.getTimestamp(4).toInstant()));
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("reading the 'not duplicates' decisions", e);
    }
  }

  /** The rejected pairs, as the detector takes them. */
  public Set<IdPair> rejectedPairs() {
    Set<IdPair> out = new HashSet<>();
    for (Decision d : decisions()) {
      out.add(d.pair());
    }
    return out;
  }

  private static void writeClusters(Connection c, long runId, List<Cluster> clusters)
      throws SQLException {
    try (PreparedStatement cluster =
            c.prepareStatement(
                "INSERT INTO dedup_cluster (run_id, cluster_id, keep_record_id, size)"
                    + " VALUES (?, ?, ?, ?)");
        PreparedStatement member =
            c.prepareStatement(
                "INSERT INTO dedup_member (run_id, cluster_id, member_no, record_id,"
                    + " library_code, local_id, role, cause, score, explanation_en,"
                    + " explanation_zh, action_en, action_zh)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int pending = 0;
      for (Cluster k : clusters) {
        cluster.setLong(1, runId);
        cluster.setLong(2, k.id());
        cluster.setLong(3, k.keepId());
        cluster.setInt(4, k.size());
        cluster.addBatch();
        int no = 0;
        for (ClusterMember m : k.members()) {
          member.setLong(1, runId);
          member.setLong(2, k.id());
          member.setInt(3, no++);
          member.setLong(4, m.recordId());
          member.setString(5, m.library());
          member.setString(6, m.localId());
          member.setString(7, m.role().name());
          if (m.cause().isPresent()) {
            member.setInt(8, m.cause().get().number());
          } else {
            member.setNull(8, Types.INTEGER);
          }
          member.setDouble(9, m.score());
          member.setString(10, m.explanationEn());
          member.setString(11, m.explanationZh());
          member.setString(12, m.actionEn());
          member.setString(13, m.actionZh());
          member.addBatch();
        }
        if (++pending == CLUSTERS_PER_COMMIT) {
          cluster.executeBatch();
          member.executeBatch();
          c.commit();
          pending = 0;
        }
      }
      if (pending > 0) {
        cluster.executeBatch();
        member.executeBatch();
      }
    }
  }

  private static void writeFindings(Connection c, long runId, List<Finding> findings)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO dedup_finding (run_id, record_id, library_code, local_id, cause,"
                + " related_record_id, detail_en, detail_zh, action_en, action_zh)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int pending = 0;
      for (Finding f : findings) {
        ps.setLong(1, runId);
        ps.setLong(2, f.recordId());
        ps.setString(3, f.library());
        ps.setString(4, f.localId());
        ps.setInt(5, f.cause().number());
        if (f.relatedRecordId().isPresent()) {
          ps.setLong(6, f.relatedRecordId().get());
        } else {
          ps.setNull(6, Types.BIGINT);
        }
        ps.setString(7, f.detailEn());
        ps.setString(8, f.detailZh());
        ps.setString(9, f.actionEn());
        ps.setString(10, f.actionZh());
        ps.addBatch();
        if (++pending == FINDINGS_PER_COMMIT) {
          ps.executeBatch();
          c.commit();
          pending = 0;
        }
      }
      if (pending > 0) {
        ps.executeBatch();
      }
    }
  }

  private static void writeSuggestions(
      Connection c, long runId, List<ReviewSuggestion> suggestions) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO dedup_suggestion (run_id, first_record_id, second_record_id, score)"
                + " VALUES (?, ?, ?, ?)")) {
      int pending = 0;
      for (ReviewSuggestion r : suggestions) {
        ps.setLong(1, runId);
        ps.setLong(2, r.pair().first());
        ps.setLong(3, r.pair().second());
        ps.setDouble(4, r.score());
        ps.addBatch();
        if (++pending == FINDINGS_PER_COMMIT) {
          ps.executeBatch();
          c.commit();
          pending = 0;
        }
      }
      if (pending > 0) {
        ps.executeBatch();
      }
    }
  }

  private List<Cluster> readClusters(String sql, Object... params) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      ps.setFetchSize(1000);
      List<Cluster> out = new ArrayList<>();
      long currentId = -1;
      long keepId = -1;
      List<ClusterMember> members = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long clusterId = rs.getLong(1);
          if (clusterId != currentId && !members.isEmpty()) {
            out.add(new Cluster(currentId, keepId, members));
            members = new ArrayList<>();
          }
          currentId = clusterId;
          keepId = rs.getLong(2);
          int cause = rs.getInt(8);
          Optional<Cause> memberCause = rs.wasNull() ? Optional.empty() : Optional.of(Cause.ofNumber(cause));
          members.add(
              new ClusterMember(
                  rs.getLong(4), rs.getString(5), rs.getString(6),
                  MemberRole.valueOf(rs.getString(7)), memberCause, rs.getDouble(9),
                  rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13)));
        }
      }
      if (!members.isEmpty()) {
        out.add(new Cluster(currentId, keepId, members));
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("reading duplicate clusters", e);
    }
  }

  /** True for a unique-key violation (SQLState 23000 on MySQL/MariaDB, 23505 on H2). */
  private static boolean isDuplicateKey(SQLException e) {
    String state = e.getSQLState();
    return state != null
        && (state.equals("23505") || (state.equals("23000") && e.getErrorCode() == 1062));
  }
}
