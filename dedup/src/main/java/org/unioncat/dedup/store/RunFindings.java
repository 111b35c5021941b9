package org.unioncat.dedup.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * SQL for "the findings of a run": a {@code dedup_finding} row stored by run S belongs to run R
 * when {@code findings_from}(R) &lt;= S &lt;= R, S is DONE, and the row was not closed before R
 * ({@code last_run_id} null or &gt;= R). Rows are written once and serve every run they stay
 * true for: a run that computes everything starts afresh ({@code findings_from} = itself); a run
 * that carries the previous result over reads on from its base run's start and closes the rows
 * it replaces, in the transaction that marks it DONE (migrations
 * {@code V2026_11_23_1490__findings_span_runs.sql} and {@code V2026_11_23_1491__findings_chain.sql}).
 */
public final class RunFindings {
  private RunFindings() {}

  /**
   * The condition on alias {@code f} for one run: takes three parameters, the run's
   * {@link #from} and the run id twice. (The start is a parameter, not a subquery, so that the
   * database sees a plain range on {@code run_id}.)
   */
  public static String of(String f) {
    return f + ".run_id >= ? AND " + f + ".run_id <= ?"
        + " AND (" + f + ".last_run_id IS NULL OR " + f + ".last_run_id >= ?)"
        + " AND EXISTS (SELECT 1 FROM dedup_run " + f + "r WHERE " + f + "r.id = " + f + ".run_id"
        + " AND " + f + "r.status = 'DONE')";
  }

  /**
   * The first run whose finding rows run {@code runId} reads; for a run that is not DONE (and so
   * has none), a value above every run id.
   */
  public static long from(Connection c, long runId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT findings_from FROM dedup_run WHERE id = ? AND status = 'DONE'")) {
      ps.setLong(1, runId);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          long from = rs.getLong(1);
          return rs.wasNull() ? runId : from;
        }
        return Long.MAX_VALUE;
      }
    }
  }
}
