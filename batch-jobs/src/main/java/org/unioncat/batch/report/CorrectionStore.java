package org.unioncat.batch.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.unioncat.ingest.store.StoreException;

/**
 * The stored report rows ({@code correction_row}), which runs have them ({@code
 * correction_build}), and the libraries' marks ({@code correction_mark}). Plain JDBC, a connection
 * per call, thread-safe.
 */
public final class CorrectionStore {
  /** Rows per JDBC batch (and per holdings look-up). */
  static final int CHUNK = 500;

  /** A row's columns; its run is the run the row was stored by (reads of one row by id). */
  private static final String ROW_COLUMNS =
      "r.id, r.run_id, r.library_code, r.row_key, r.kind, r.record_id, r.local_id,"
          + " r.call_numbers, r.barcodes, r.cluster_id, r.keep_record_id, r.keep_library,"
          + " r.keep_local_id, r.cause, r.code, r.uploaded_by, r.action_en, r.action_zh,"
          + " r.evidence_en, r.evidence_zh, k.status, k.note";
  /** A row's columns as a report of a run shows it: its run is that run ({@link RunRows}). */
  private static final String RUN_ROW_COLUMNS =
      ROW_COLUMNS.replace("r.run_id", RunRows.run("r"));

  private final DataSource dataSource;

  public CorrectionStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  DataSource dataSource() {
    return dataSource;
  }

  // ---- building ---------------------------------------------------------------------------------

  /**
   * Replaces a library's rows of a run by the rows {@code loader} reads, in one transaction on
   * {@code write} (delete, then insert in JDBC batches with the holdings added chunk by chunk);
   * {@code read} streams the run's tables meanwhile. Returns the number of rows stored.
   */
  long replaceRows(Connection read, Connection write, long runId, String library,
      long libraryId, CorrectionRowLoader loader) throws SQLException {
    boolean autoCommit = write.getAutoCommit();
    write.setAutoCommit(false);
    try {
      try (PreparedStatement del =
          write.prepareStatement("DELETE FROM correction_row WHERE run_id = ? AND library_code = ?")) {
        del.setLong(1, runId);
        del.setString(2, library);
        del.executeUpdate();
      }
      long[] count = {0};
      try (PreparedStatement insert = write.prepareStatement(
          "INSERT INTO correction_row (run_id, library_code, row_key, kind, record_id, local_id,"
              + " call_numbers, barcodes, cluster_id, keep_record_id, keep_library, keep_local_id,"
              + " cause, code, uploaded_by, action_en, action_zh, evidence_en, evidence_zh)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        List<CorrectionRow> chunk = new ArrayList<>(CHUNK);
        SqlConsumer flush = () -> {
          insertChunk(write, insert, libraryId, chunk);
          count[0] += chunk.size();
          chunk.clear();
        };
        try {
          loader.load(read, write, row -> {
            chunk.add(row);
            if (chunk.size() == CHUNK) {
              try {
                flush.run();
              } catch (SQLException e) {
                throw new Wrapped(e);
              }
            }
          });
        } catch (Wrapped w) {
          throw w.getCause();
        }
        if (!chunk.isEmpty()) {
          flush.run();
        }
      }
      nameSource(write, runId, library, runId);
      write.commit();
      return count[0];
    } catch (SQLException | RuntimeException e) {
      write.rollback();
      throw e;
    } finally {
      write.setAutoCommit(autoCommit);
    }
  }

  /**
   * Makes a library's report of run {@code toRunId} the same as its report of run {@code
   * fromRunId} without copying a row: its source names the run whose rows the earlier report
   * was ({@link RunRows}). Any rows an earlier attempt built for {@code toRunId} are removed, in
   * the same transaction on {@code write}. Row ids and keys, and so the library's marks, are the
   * earlier report's. Returns the report's rows.
   */
  long carryRows(Connection write, long fromRunId, long toRunId, String library)
      throws SQLException {
    boolean autoCommit = write.getAutoCommit();
    write.setAutoCommit(false);
    try {
      try (PreparedStatement del = write.prepareStatement(
          "DELETE FROM correction_row WHERE run_id = ? AND library_code = ?")) {
        del.setLong(1, toRunId);
        del.setString(2, library);
        del.executeUpdate();
      }
      long rowsRunId = toRunId;
      try (PreparedStatement ps = write.prepareStatement(
          "SELECT rows_run_id FROM correction_source WHERE run_id = ? AND library_code = ?")) {
        ps.setLong(1, fromRunId);
        ps.setString(2, library);
        try (ResultSet rs = ps.executeQuery()) {
          // no source: the library had no rows then, and has none now
          rowsRunId = rs.next() ? rs.getLong(1) : toRunId;
        }
      }
      nameSource(write, toRunId, library, rowsRunId);
      long rows;
      try (PreparedStatement count = write.prepareStatement(
          "SELECT COUNT(*) FROM correction_row WHERE run_id = ? AND library_code = ?")) {
        count.setLong(1, rowsRunId);
        count.setString(2, library);
        try (ResultSet rs = count.executeQuery()) {
          rs.next();
          rows = rs.getLong(1);
        }
      }
      write.commit();
      return rows;
    } catch (SQLException | RuntimeException e) {
      write.rollback();
      throw e;
    } finally {
      write.setAutoCommit(autoCommit);
    }
  }

  private static void nameSource(Connection write, long runId, String library, long rowsRunId)
      throws SQLException {
    try (PreparedStatement del = write.prepareStatement(
        "DELETE FROM correction_source WHERE run_id = ? AND library_code = ?")) {
      del.setLong(1, runId);
      del.setString(2, library);
      del.executeUpdate();
    }
    try (PreparedStatement ins = write.prepareStatement(
        "INSERT INTO correction_source (run_id, library_code, rows_run_id) VALUES (?, ?, ?)")) {
      ins.setLong(1, runId);
      ins.setString(2, library);
      ins.setLong(3, rowsRunId);
      ins.executeUpdate();
    }
  }

  private static void insertChunk(Connection write, PreparedStatement insert, long libraryId,
      List<CorrectionRow> chunk) throws SQLException {
    Map<Long, String[]> holdings = holdings(write, libraryId, chunk);
    for (CorrectionRow row : chunk) {
      String[] h = holdings.getOrDefault(row.recordId(), new String[] {"", ""});
      int i = 1;
      insert.setLong(i++, row.runId());
      insert.setString(i++, row.library());
      insert.setString(i++, row.rowKey());
      insert.setString(i++, row.kind().name());
      insert.setLong(i++, row.recordId());
      insert.setString(i++, row.localId());
      insert.setString(i++, cap(h[0], 1000));
      insert.setString(i++, cap(h[1], 1000));
      setLong(insert, i++, row.clusterId());
      setLong(insert, i++, row.keepRecordId());
      insert.setString(i++, row.keepLibrary());
      insert.setString(i++, row.keepLocalId());
      if (row.cause() == null) {
        insert.setNull(i++, Types.INTEGER);
      } else {
        insert.setInt(i++, row.cause());
      }
      insert.setString(i++, row.code());
      insert.setString(i++, cap(row.uploadedBy(), 100));
      insert.setString(i++, row.actionEn());
      insert.setString(i++, row.actionZh());
      insert.setString(i++, row.evidenceEn());
      insert.setString(i++, row.evidenceZh());
      insert.addBatch();
    }
    insert.executeBatch();
  }

  /** The library's call numbers and barcodes on the chunk's records, "; "-joined, in id order. */
  private static Map<Long, String[]> holdings(Connection c, long libraryId,
      List<CorrectionRow> chunk) throws SQLException {
    Map<Long, String[]> out = new LinkedHashMap<>();
    if (chunk.isEmpty()) {
      return out;
    }
    List<Long> ids = chunk.stream().map(CorrectionRow::recordId).distinct().toList();
    String marks = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT record_id, call_number, barcode FROM holding WHERE library_id = ?"
            + " AND record_id IN (" + marks + ") ORDER BY record_id, id")) {
      ps.setLong(1, libraryId);
      for (int i = 0; i < ids.size(); i++) {
        ps.setLong(i + 2, ids.get(i));
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String[] h = out.computeIfAbsent(rs.getLong(1), k -> new String[] {"", ""});
          h[0] = join(h[0], rs.getString(2));
          h[1] = join(h[1], rs.getString(3));
        }
      }
    }
    return out;
  }

  private static String join(String list, String value) {
    if (value == null || value.isBlank()) {
      return list;
    }
    return list.isEmpty() ? value : list + "; " + value;
  }

  void startBuild(long runId) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        try (PreparedStatement del =
            c.prepareStatement("DELETE FROM correction_build WHERE run_id = ?")) {
          del.setLong(1, runId);
          del.executeUpdate();
        }
        try (PreparedStatement ins = c.prepareStatement(
            "INSERT INTO correction_build (run_id, status) VALUES (?, 'BUILDING')")) {
          ins.setLong(1, runId);
          ins.executeUpdate();
        }
        c.commit();
      } catch (SQLException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException("starting the correction reports of run " + runId, e);
    }
  }

  void finishBuild(long runId, int libraries, long rows) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "UPDATE correction_build SET status = 'DONE', built_at = ?, libraries = ?,"
                + " row_count = ? WHERE run_id = ?")) {
      ps.setTimestamp(1, Timestamp.from(Instant.now()));
      ps.setInt(2, libraries);
      ps.setLong(3, rows);
      ps.setLong(4, runId);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException("finishing the correction reports of run " + runId, e);
    }
  }

  /** Whether a run's reports have been built completely. */
  public boolean isBuilt(long runId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "SELECT 1 FROM correction_build WHERE run_id = ? AND status = 'DONE'")) {
      ps.setLong(1, runId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    } catch (SQLException e) {
      throw new StoreException("reading the correction reports of run " + runId, e);
    }
  }

  /** The runs whose reports are built, oldest first. */
  public List<Long> builtRuns() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "SELECT b.run_id FROM correction_build b WHERE b.status = 'DONE' ORDER BY b.run_id");
        ResultSet rs = ps.executeQuery()) {
      List<Long> out = new ArrayList<>();
      while (rs.next()) {
        out.add(rs.getLong(1));
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("listing the runs with correction reports", e);
    }
  }

  // ---- reading ----------------------------------------------------------------------------------

  /**
   * Streams a library's rows of a run with their marks: by cause (the rows without a cause last),
   * then record, then row key — the order every format prints.
   */
  public void rows(long runId, String library, Consumer<CorrectionRow> sink) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = CorrectionRowLoader.streaming(c,
            "SELECT " + RUN_ROW_COLUMNS + " FROM " + RunRows.from("r")
                + " LEFT JOIN correction_mark k ON k.row_key = r.row_key"
                + " WHERE " + RunRows.run("r") + " = ? AND rs.library_code = ?"
                + " ORDER BY COALESCE(r.cause, 99), r.record_id, r.row_key")) {
      ps.setLong(1, runId);
      ps.setString(2, library);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          sink.accept(row(rs));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("reading the correction report of " + library + ", run " + runId, e);
    }
  }

  /** Every library's rows of a run marked DISPUTED, by library and record: what the center sees. */
  public List<CorrectionRow> disputed(long runId, int limit) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "SELECT " + RUN_ROW_COLUMNS + " FROM " + RunRows.from("r")
                + " JOIN correction_mark k ON k.row_key = r.row_key"
                + " WHERE " + RunRows.run("r") + " = ? AND k.status = 'DISPUTED'"
                + " ORDER BY r.library_code, r.record_id, r.row_key LIMIT " + limit)) {
      ps.setLong(1, runId);
      List<CorrectionRow> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(row(rs));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("reading the disputed rows of run " + runId, e);
    }
  }

  /** One stored row by id, with its mark. */
  public Optional<CorrectionRow> row(long rowId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "SELECT " + ROW_COLUMNS + " FROM correction_row r"
                + " LEFT JOIN correction_mark k ON k.row_key = r.row_key WHERE r.id = ?")) {
      ps.setLong(1, rowId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(row(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new StoreException("reading correction report row " + rowId, e);
    }
  }

  /**
   * Sets the mark on a row key (replacing an earlier one) in one transaction, and writes it to
   * the audit log through {@code audit} in the same transaction.
   */
  public void mark(CorrectionRow row, MarkStatus status, String note, String by,
      SqlConsumerOf<Connection> audit) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        try (PreparedStatement del =
            c.prepareStatement("DELETE FROM correction_mark WHERE row_key = ?")) {
          del.setString(1, row.rowKey());
          del.executeUpdate();
        }
        try (PreparedStatement ins = c.prepareStatement(
            "INSERT INTO correction_mark (row_key, library_code, status, note, marked_by,"
                + " marked_at) VALUES (?, ?, ?, ?, ?, ?)")) {
          ins.setString(1, row.rowKey());
          ins.setString(2, row.library());
          ins.setString(3, status.name());
          ins.setString(4, note == null || note.isBlank() ? null : cap(note.trim(), 2000));
          ins.setString(5, cap(by, 100));
          ins.setTimestamp(6, Timestamp.from(Instant.now()));
          ins.executeUpdate();
        }
        audit.accept(c);
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException("marking correction report row " + row.id(), e);
    }
  }

  private static CorrectionRow row(ResultSet rs) throws SQLException {
    long cluster = rs.getLong(10);
    Long clusterId = rs.wasNull() ? null : cluster;
    long keep = rs.getLong(11);
    Long keepId = rs.wasNull() ? null : keep;
    int cause = rs.getInt(14);
    Integer causeNo = rs.wasNull() ? null : cause;
    String mark = rs.getString(21);
    return new CorrectionRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
        RowKind.valueOf(rs.getString(5)), rs.getLong(6), rs.getString(7), rs.getString(8),
        rs.getString(9), clusterId, keepId, rs.getString(12), rs.getString(13), causeNo,
        rs.getString(15), rs.getString(16), rs.getString(17), rs.getString(18), rs.getString(19),
        rs.getString(20), mark == null ? MarkStatus.OPEN : MarkStatus.valueOf(mark),
        rs.getString(22));
  }

  private static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.BIGINT);
    } else {
      ps.setLong(i, v);
    }
  }

  private static String cap(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }

  /** A JDBC step. */
  @FunctionalInterface
  interface SqlConsumer {
    void run() throws SQLException;
  }

  /** A JDBC step on a value (the audit entry written in the mark's transaction). */
  @FunctionalInterface
  public interface SqlConsumerOf<T> {
    void accept(T value) throws SQLException;
  }

  /** Carries an SQLException out of a Consumer. */
  private static final class Wrapped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Wrapped(SQLException e) {
      super(e);
    }

    @Override
    public synchronized SQLException getCause() {
      return (SQLException) super.getCause();
    }
  }
}
