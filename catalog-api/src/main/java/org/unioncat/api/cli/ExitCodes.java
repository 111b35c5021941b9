package org.unioncat.api.cli;

/** Exit codes shared by the commands that check records (validate, ingest). */
final class ExitCodes {
  /** Every record is acceptable. */
  static final int OK = 0;
  /** Some records have errors and would be refused. */
  static final int RECORDS_REJECTED = 1;
  /** Usage error or an input that could not be read at all. */
  static final int USAGE_OR_UNREADABLE = 2;

  private ExitCodes() {}
}
