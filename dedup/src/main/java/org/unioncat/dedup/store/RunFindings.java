package org.unioncat.dedup.store;

/**
 * SQL for "the findings of a run": a {@code dedup_finding} row stored by run S belongs to run R
 * when S &lt;= R, S is DONE, and the row was not closed before R ({@code last_run_id} null or
 * &gt;= R). Rows are written once and serve every run they stay true for; a run closes the rows
 * it replaces in the transaction that marks it DONE (see the migration
 * {@code V2026_11_23_1490__findings_span_runs.sql}).
 */
public final class RunFindings {
  private RunFindings() {}

  /** The condition on alias {@code f} for one run: takes the run id twice, as two parameters. */
  public static String of(String f) {
    return f + ".run_id <= ? AND (" + f + ".last_run_id IS NULL OR " + f + ".last_run_id >= ?)"
        + " AND EXISTS (SELECT 1 FROM dedup_run " + f + "r WHERE " + f + "r.id = " + f + ".run_id"
        + " AND " + f + "r.status = 'DONE')";
  }
}
