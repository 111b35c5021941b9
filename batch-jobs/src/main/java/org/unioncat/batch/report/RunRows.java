package org.unioncat.batch.report;

/**
 * SQL for "the report rows of a run": a library's report for a run is the {@code correction_row}
 * rows of the run its {@code correction_source} row names (the run itself when the report was
 * built, an earlier one when it was carried over unchanged). Every query of a run's rows goes
 * through here.
 */
public final class RunRows {
  private RunRows() {}

  /**
   * {@code correction_source <alias>s JOIN correction_row <alias>}: select from this and filter
   * on {@link #run}{@code (alias) = ?}, and on {@code <alias>s.library_code} for one library.
   */
  public static String from(String alias) {
    return "correction_source " + alias + "s JOIN correction_row " + alias + " ON " + alias
        + ".run_id = " + alias + "s.rows_run_id AND " + alias + ".library_code = " + alias
        + "s.library_code";
  }

  /** The column holding the run asked for (not the run that stored the rows). */
  public static String run(String alias) {
    return alias + "s.run_id";
  }
}
