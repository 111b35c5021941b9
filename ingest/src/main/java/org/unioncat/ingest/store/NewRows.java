package org.unioncat.ingest.store;

import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * New rows for one table, as plain column values, before they are written: by a batched JDBC
 * INSERT ({@link BatchedInsert}, every database) or by {@code LOAD DATA LOCAL INFILE} ({@link
 * LoadDataInsert}, MySQL and MariaDB). Both writers take the values from here, so the two paths
 * cannot disagree about what a row holds.
 *
 * <p>Values are {@code Long}, {@code String}, {@link Utf8} (text already encoded), {@code byte[]}
 * or null; each column has the JDBC type its nulls are bound with. Not thread-safe.
 */
final class NewRows {
  /** Text already encoded as UTF-8 (the normalized view comes from Jackson as bytes). */
  record Utf8(byte[] bytes) {
    @Override
    public String toString() {
      return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  /** A column: its name and the JDBC type of its values ({@link Types#BIGINT}, VARCHAR, BLOB). */
  record Column(String name, int sqlType) {}

  private final String table;
  private final List<Column> columns;
  private final List<Object[]> rows = new ArrayList<>();

  NewRows(String table, List<Column> columns) {
    this.table = table;
    this.columns = List.copyOf(columns);
  }

  static Column number(String name) {
    return new Column(name, Types.BIGINT);
  }

  static Column text(String name) {
    return new Column(name, Types.VARCHAR);
  }

  static Column bytes(String name) {
    return new Column(name, Types.BLOB);
  }

  /** Adds a row; one value per column, in column order. */
  void add(Object... values) {
    if (values.length != columns.size()) {
      throw new IllegalArgumentException(
          table + ": " + values.length + " values for " + columns.size() + " columns");
    }
    rows.add(values);
  }

  String table() {
    return table;
  }

  List<Column> columns() {
    return columns;
  }

  List<Object[]> rows() {
    return rows;
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  /** "a, b, c": the column list of an INSERT or a LOAD DATA. */
  String columnList() {
    StringBuilder s = new StringBuilder();
    for (Column c : columns) {
      s.append(s.length() == 0 ? "" : ", ").append(c.name());
    }
    return s.toString();
  }
}
