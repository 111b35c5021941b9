package org.unioncat.dedup.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.unioncat.dedup.cluster.Cluster;
import org.unioncat.dedup.cluster.ClusterMember;
import org.unioncat.dedup.cluster.Finding;
import org.unioncat.dedup.run.AffectedRecords;
import org.unioncat.dedup.run.DedupResult;
import org.unioncat.dedup.run.RunStatistics;
import org.unioncat.ingest.store.StoreException;
import org.unioncat.ingest.store.Transactions;

/**
 * Stores a run that computed again only the part of the result its changes touch
 * ({@link AffectedRecords}) and carries the rest of a base run (the previous one) over: the
 * base run's clusters without an affected record, its findings and review suggestions on
 * unaffected records, copied inside the database ({@code INSERT … SELECT}) rather than read
 * into memory and written back. At a million records the result is several hundred thousand
 * rows; the part a night's upload touches is a few thousand.
 *
 * <p>Use: {@link #canCarryFrom}, then {@link #markAffected} (the affected records go to
 * {@code dedup_run_redo}; returns the base clusters they replace), compute the affected part,
 * then {@link #finish}. Until {@code finish} marks the run DONE, its rows are invisible, as with
 * {@link DedupStore#finishRun}; an interrupted run is failed and done again under a new id.
 *
 * <p>Plain JDBC, a connection per call.
 */
public final class RunCarryOver {
  private static final int REDO_ROWS_PER_COMMIT = 10_000;
  private static final int IN_LIST = 500;

  private static final String COPY_CLUSTERS =
      "INSERT INTO dedup_cluster (run_id, cluster_id, keep_record_id, size)"
          + " SELECT ?, x.cluster_id, x.keep_record_id, x.size FROM dedup_cluster x"
          + " WHERE x.run_id = ? AND NOT EXISTS (SELECT 1 FROM dedup_run_redo d"
          + " WHERE d.run_id = ? AND d.kind = 'C' AND d.id = x.cluster_id)";
  private static final String COPY_MEMBERS =
      "INSERT INTO dedup_member (run_id, cluster_id, member_no, record_id, library_code,"
          + " local_id, role, cause, score, explanation_en, explanation_zh, action_en,"
          + " action_zh)"
          + " SELECT ?, x.cluster_id, x.member_no, x.record_id, x.library_code, x.local_id,"
          + " x.role, x.cause, x.score, x.explanation_en, x.explanation_zh, x.action_en,"
          + " x.action_zh FROM dedup_member x"
          + " WHERE x.run_id = ? AND NOT EXISTS (SELECT 1 FROM dedup_run_redo d"
          + " WHERE d.run_id = ? AND d.kind = 'C' AND d.id = x.cluster_id)";
  // a suggestion's two records are in one component: either both are affected or neither
  private static final String COPY_SUGGESTIONS =
      "INSERT INTO dedup_suggestion (run_id, first_record_id, second_record_id, score)"
          + " SELECT ?, x.first_record_id, x.second_record_id, x.score FROM dedup_suggestion x"
          + " WHERE x.run_id = ? AND NOT EXISTS (SELECT 1 FROM dedup_run_redo d"
          + " WHERE d.run_id = ? AND d.kind = 'R' AND d.id = x.first_record_id)";

  private final DataSource dataSource;

  public RunCarryOver(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * What the affected part replaces in the base run.
   *
   * @param replaced the base run's clusters holding an affected record: members by cluster id
   * @param carried ids of the base run's other clusters (carried over unchanged)
   * @param libraries libraries with a member in a replaced cluster or a finding on an affected
   *     record in the base run (their reports may change even when the new part names them not)
   */
  public record Replaced(Map<Long, Set<Long>> replaced, Set<Long> carried, Set<String> libraries) {}

  /** Whether a run's result can be carried over: DONE, with its review suggestions stored. */
  public boolean canCarryFrom(long baseRunId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "SELECT 1 FROM dedup_run WHERE id = ? AND status = 'DONE' AND suggestions_stored = 1")) {
      ps.setLong(1, baseRunId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    } catch (SQLException e) {
      throw new StoreException("reading duplicate detection run " + baseRunId, e);
    }
  }

  /**
   * Records which records run {@code runId} computes again and finds what of the base run that
   * replaces.
   *
   * @param affected the affected records, ascending ({@link AffectedRecords#of})
   */
  public Replaced markAffected(long runId, long baseRunId, long[] affected) {
    return inTransaction("marking the records run " + runId + " computes again", c -> {
      clearRedo(c, runId);
      insertRedo(c, runId, "R", affected);
      Map<Long, Set<Long>> replaced = new HashMap<>();
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT m.cluster_id, m.record_id FROM dedup_member m WHERE m.run_id = ?"
              + " AND m.cluster_id IN (SELECT a.cluster_id FROM dedup_member a"
              + " JOIN dedup_run_redo d ON d.run_id = ? AND d.kind = 'R' AND d.id = a.record_id"
              + " WHERE a.run_id = ?)")) {
        ps.setLong(1, baseRunId);
        ps.setLong(2, runId);
        ps.setLong(3, baseRunId);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            replaced.computeIfAbsent(rs.getLong(1), k -> new TreeSet<>()).add(rs.getLong(2));
          }
        }
      }
      insertRedo(c, runId, "C", replaced.keySet().stream().mapToLong(Long::longValue).sorted()
          .toArray());
      Set<Long> carried = new HashSet<>();
      try (PreparedStatement ps =
          c.prepareStatement("SELECT cluster_id FROM dedup_cluster WHERE run_id = ?")) {
        ps.setLong(1, baseRunId);
        ps.setFetchSize(10_000);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            long id = rs.getLong(1);
            if (!replaced.containsKey(id)) {
              carried.add(id);
            }
          }
        }
      }
      Set<String> libraries = new TreeSet<>();
      collect(c, libraries,
          "SELECT DISTINCT m.library_code FROM dedup_member m JOIN dedup_run_redo d"
              + " ON d.run_id = ? AND d.kind = 'C' AND d.id = m.cluster_id WHERE m.run_id = ?",
          runId, baseRunId);
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT DISTINCT f.library_code FROM dedup_finding f JOIN dedup_run_redo d"
              + " ON d.run_id = ? AND d.kind = 'R' AND d.id = f.record_id WHERE "
              + RunFindings.of("f"))) {
        ps.setLong(1, runId);
        ps.setLong(2, RunFindings.from(c, baseRunId));
        ps.setLong(3, baseRunId);
        ps.setLong(4, baseRunId);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            libraries.add(rs.getString(1));
          }
        }
      }
      return new Replaced(replaced, carried, libraries);
    });
  }

  /**
   * Stores run {@code runId}: the base run's unaffected clusters and suggestions copied, its
   * findings on unaffected records carried on (not copied: {@link RunFindings}), the recomputed
   * part written, then DONE with the whole run's numbers. Returns them.
   *
   * @param affected the records computed again, as given to {@link #markAffected}
   * @param recomputed the affected part's result, with its final cluster ids; its statistics
   *     count the whole run except clusters, clustered records, findings and suggestions, which
   *     count the affected part only (the copied rows are added here)
   */
  public RunStatistics finish(
      long runId, long baseRunId, long[] affected, DedupResult recomputed) {
    return inTransaction("storing duplicate detection run " + runId, c -> {
      // clusters first (the members' foreign key needs them), then members and suggestions at
      // once on their own connections: each copy is its own transaction, and the run stays
      // invisible until DONE whatever order they finish in
      long clusters = copy(c, runId, baseRunId, COPY_CLUSTERS);
      long[] counts = copyInParallel(runId, baseRunId, List.of(COPY_MEMBERS, COPY_SUGGESTIONS));
      long members = counts[0];
      long suggestions = counts[1];
      DedupStore.writeResult(c, runId, recomputed);
      // Findings are not copied: a row serves every run it stays true for (RunFindings). The
      // current rows of the affected records end with the run before; the others go on. In
      // the transaction that marks the run DONE, so a failed run closes nothing.
      long from = RunFindings.from(c, baseRunId);
      closeFindings(c, from, runId, affected);
      long findings = carriedFindings(c, from, runId);
      RunStatistics whole =
          recomputed.statistics().plusCarried(clusters, members, findings, suggestions);
      DedupStore.markDone(c, runId, whole, from);
      try (PreparedStatement ps =
          c.prepareStatement("UPDATE dedup_run SET base_run_id = ? WHERE id = ?")) {
        ps.setLong(1, baseRunId);
        ps.setLong(2, runId);
        ps.executeUpdate();
      }
      // this run's work rows, and any an interrupted earlier run left behind
      try (PreparedStatement ps =
          c.prepareStatement("DELETE FROM dedup_run_redo WHERE run_id <= ?")) {
        ps.setLong(1, runId);
        ps.executeUpdate();
      }
      return whole;
    });
  }

  /**
   * The libraries whose rows in the run may differ from the base run's: those of
   * {@link Replaced#libraries()} and every library the recomputed part names.
   */
  public static Set<String> librariesTouched(Replaced replaced, DedupResult recomputed) {
    Set<String> out = new TreeSet<>(replaced.libraries());
    for (Cluster k : recomputed.clusters()) {
      for (ClusterMember m : k.members()) {
        out.add(m.library());
      }
    }
    for (Finding f : recomputed.findings()) {
      out.add(f.library());
    }
    return out;
  }

  private <T> T inTransaction(String what, Transactions.Work<T> work) {
    return Transactions.inTransaction(dataSource, what, work);
  }

  /** Runs the copies each on its own connection, two at a time; returns their row counts. */
  private long[] copyInParallel(long runId, long baseRunId, List<String> statements) {
    ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
      Thread t = new Thread(r, "run-carry-over");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<Long>> futures = new ArrayList<>();
      for (String sql : statements) {
        futures.add(pool.submit(() -> inTransaction(
            "copying run " + baseRunId + "'s rows into run " + runId,
            c -> copy(c, runId, baseRunId, sql))));
      }
      long[] out = new long[statements.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = futures.get(i).get();
      }
      return out;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException("copying run " + baseRunId + "'s rows", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while copying run " + baseRunId + "'s rows", e);
    } finally {
      pool.shutdownNow();
    }
  }

  private static void closeFindings(Connection c, long from, long runId, long[] affected)
      throws SQLException {
    for (int start = 0; start < affected.length; start += IN_LIST) {
      int end = Math.min(affected.length, start + IN_LIST);
      try (PreparedStatement ps = c.prepareStatement(
          "UPDATE dedup_finding SET last_run_id = ? WHERE last_run_id IS NULL"
              + " AND run_id >= ? AND run_id < ?"
              + " AND record_id IN (" + String.join(",", Collections.nCopies(end - start, "?"))
              + ")")) {
        ps.setLong(1, runId - 1);
        ps.setLong(2, from);
        ps.setLong(3, runId);
        for (int i = start; i < end; i++) {
          ps.setLong(4 + i - start, affected[i]);
        }
        ps.executeUpdate();
      }
    }
  }

  /** The findings of earlier runs still current (after closing): those this run carries on. */
  private static long carriedFindings(Connection c, long from, long runId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT COUNT(*) FROM dedup_finding f WHERE f.last_run_id IS NULL"
            + " AND f.run_id >= ? AND f.run_id < ?"
            + " AND EXISTS (SELECT 1 FROM dedup_run d WHERE d.id = f.run_id"
            + " AND d.status = 'DONE')")) {
      ps.setLong(1, from);
      ps.setLong(2, runId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static long copy(Connection c, long runId, long baseRunId, String sql)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, runId);
      ps.setLong(2, baseRunId);
      ps.setLong(3, runId);
      long n = ps.executeUpdate();
      // each table in its own transaction: the run stays invisible until DONE anyway, and the
      // database keeps less undo for a few hundred thousand rows
      c.commit();
      return n;
    }
  }

  private static void insertRedo(Connection c, long runId, String kind, long[] ids)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("INSERT INTO dedup_run_redo (run_id, kind, id) VALUES (?, ?, ?)")) {
      int pending = 0;
      for (long id : ids) {
        ps.setLong(1, runId);
        ps.setString(2, kind);
        ps.setLong(3, id);
        ps.addBatch();
        if (++pending == REDO_ROWS_PER_COMMIT) {
          ps.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        ps.executeBatch();
      }
    }
  }

  private static void clearRedo(Connection c, long runId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("DELETE FROM dedup_run_redo WHERE run_id = ?")) {
      ps.setLong(1, runId);
      ps.executeUpdate();
    }
  }

  private static void collect(Connection c, Set<String> into, String sql, long a, long b)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, a);
      ps.setLong(2, b);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          into.add(rs.getString(1));
        }
      }
    }
  }
}
