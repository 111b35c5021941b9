package org.unioncat.batch.report;

/**
 * CSV cells (RFC 4180) for every report UnionCat writes, command line and API alike: a cell with a
 * comma, quote or line break is quoted and its quotes doubled; null is an empty cell.
 */
public final class Csv {
  private Csv() {}

  public static String cell(String value) {
    if (value == null) {
      return "";
    }
    if (value.indexOf(',') < 0
        && value.indexOf('"') < 0
        && value.indexOf('\n') < 0
        && value.indexOf('\r') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }
}
