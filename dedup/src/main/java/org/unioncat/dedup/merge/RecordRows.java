package org.unioncat.dedup.merge;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.unioncat.ingest.store.RecordStatus;
import org.unioncat.ingest.store.StoredRecord;

/**
 * The JDBC a merge and its undo share, always on the caller's connection and transaction: lock
 * and read record rows exactly, write them back, read and move holding rows.
 */
final class RecordRows {
  private static final String COLUMNS =
      "r.id, r.library_id, r.local_id, r.status, r.merged_into, r.flavour,"
          + " r.container_format, r.source_encoding, r.raw_marc, r.normalized, r.content_hash,"
          + " r.title, r.updated_at";

  private RecordRows() {}

  /**
   * Locks the rows and reads them, by id; missing ids are absent. A locking read (SELECT ... FOR
   * UPDATE) returns the latest committed rows even under REPEATABLE READ, and a caller that starts
   * its transaction with it takes its snapshot only after the lock is granted: a second merge of
   * the same records waits, then sees the first one's work.
   */
  static Map<Long, RowSnapshot> lockAndRead(Connection c, Collection<Long> ids) throws SQLException {
    return read(c, ids, true);
  }

  /** Reads the rows without locking them, by id; missing ids are absent. */
  static Map<Long, RowSnapshot> read(Connection c, Collection<Long> ids) throws SQLException {
    return read(c, ids, false);
  }

  private static Map<Long, RowSnapshot> read(Connection c, Collection<Long> ids, boolean lock)
      throws SQLException {
    Map<Long, RowSnapshot> out = new LinkedHashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    Map<Long, String> codes = new LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT id, code FROM member_library");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        codes.put(rs.getLong(1), rs.getString(2));
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT " + COLUMNS + " FROM bib_record r WHERE r.id IN (" + in(ids.size()) + ")"
                + " ORDER BY r.id" + (lock ? " FOR UPDATE" : ""))) {
      bind(ps, 1, ids);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long merged = rs.getLong(5);
          Long mergedInto = rs.wasNull() ? null : merged;
          out.put(
              rs.getLong(1),
              new RowSnapshot(
                  rs.getLong(1), rs.getLong(2), codes.get(rs.getLong(2)), rs.getString(3),
                  rs.getString(4), mergedInto, rs.getString(6), rs.getString(7), rs.getString(8),
                  rs.getBytes(9), rs.getString(10), rs.getString(11), rs.getString(12),
                  rs.getTimestamp(13).toInstant().toString()));
        }
      }
    }
    return out;
  }

  /** Writes every changeable column of the row back exactly as the snapshot holds it. */
  static void write(Connection c, RowSnapshot row) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE bib_record SET status = ?, merged_into = ?, flavour = ?, container_format = ?,"
                + " source_encoding = ?, raw_marc = ?, normalized = ?, content_hash = ?, title = ?,"
                + " updated_at = ? WHERE id = ?")) {
      ps.setString(1, row.status());
      if (row.mergedInto() == null) {
        ps.setNull(2, Types.BIGINT);
      } else {
        ps.setLong(2, row.mergedInto());
      }
      ps.setString(3, row.flavour());
      ps.setString(4, row.containerFormat());
      ps.setString(5, row.sourceEncoding());
      ps.setBytes(6, row.raw());
      ps.setString(7, row.normalized());
      ps.setString(8, row.contentHash());
      ps.setString(9, row.title());
      ps.setTimestamp(10, Timestamp.from(Instant.parse(row.updatedAt())));
      ps.setLong(11, row.id());
      ps.executeUpdate();
    }
  }

  /** The holding rows of the records, by holding id, as moves from their record to {@code to}. */
  static List<HoldingMove> holdingsOf(Connection c, Collection<Long> recordIds, long to)
      throws SQLException {
    List<HoldingMove> out = new ArrayList<>();
    if (recordIds.isEmpty()) {
      return out;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT h.id, l.code, h.call_number, h.record_id FROM holding h"
                + " JOIN member_library l ON l.id = h.library_id WHERE h.record_id IN ("
                + in(recordIds.size()) + ") ORDER BY h.id")) {
      bind(ps, 1, recordIds);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new HoldingMove(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), to));
        }
      }
    }
    return out;
  }

  /** The record each holding row is on now; a deleted row is absent. */
  static Map<Long, Long> holdingRecords(Connection c, Collection<Long> holdingIds) throws SQLException {
    Map<Long, Long> out = new LinkedHashMap<>();
    if (holdingIds.isEmpty()) {
      return out;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT id, record_id FROM holding WHERE id IN (" + in(holdingIds.size()) + ")")) {
      bind(ps, 1, holdingIds);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getLong(1), rs.getLong(2));
        }
      }
    }
    return out;
  }

  static void moveHolding(Connection c, long holdingId, long toRecordId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE holding SET record_id = ? WHERE id = ?")) {
      ps.setLong(1, toRecordId);
      ps.setLong(2, holdingId);
      ps.executeUpdate();
    }
  }

  /** The libraries holding each record (for index documents), after the change. */
  static Map<Long, List<String>> holdingLibraries(Connection c, Collection<Long> recordIds)
      throws SQLException {
    Map<Long, List<String>> out = new LinkedHashMap<>();
    if (recordIds.isEmpty()) {
      return out;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT h.record_id, l.code FROM holding h JOIN member_library l ON l.id = h.library_id"
                + " WHERE h.record_id IN (" + in(recordIds.size()) + ") ORDER BY h.record_id, l.code, h.id")) {
      bind(ps, 1, recordIds);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          List<String> codes = out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>());
          if (!codes.contains(rs.getString(2))) {
            codes.add(rs.getString(2));
          }
        }
      }
    }
    return out;
  }

  /** The row as a {@link StoredRecord}, for the decoder. */
  static StoredRecord stored(RowSnapshot row) {
    return new StoredRecord(
        row.id(), row.libraryCode(), row.localId(), RecordStatus.valueOf(row.status()),
        row.mergedInto(), null, 0, row.flavour(), row.containerFormat(), row.sourceEncoding(),
        row.raw(), row.normalized(), row.title(), Instant.parse(row.updatedAt()));
  }

  static String in(int n) {
    StringBuilder s = new StringBuilder(n * 2);
    for (int i = 0; i < n; i++) {
      s.append(i == 0 ? "?" : ",?");
    }
    return s.toString();
  }

  static int bind(PreparedStatement ps, int from, Collection<Long> ids) throws SQLException {
    int i = from;
    for (long id : ids) {
      ps.setLong(i++, id);
    }
    return i;
  }
}
