package org.unioncat.ingest.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Read access to the catalog for the API and the command line: records, holdings, a batch's
 * findings and quarantined records, a library's records, and a streaming scan of active records
 * (for rebuilding the index). Thread-safe: a connection per call.
 */
public final class CatalogQueries {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String RECORD_COLUMNS =
      "r.id, l.code, r.local_id, r.status, r.merged_into, r.batch_id, r.ordinal, r.flavour,"
          + " r.container_format, r.source_encoding, r.raw_marc, r.normalized, r.title,"
          + " r.updated_at";
  /**
   * The same columns without the raw record (an empty byte array in its place), and the library
   * code by a scalar subquery instead of a join: with a join, MariaDB may drive the query from
   * the small library table and sort the whole record table for every page (seen at a million
   * records: 47 s a page); without one, the page is a range on the record table's own indexes.
   */
  private static final String RECORD_COLUMNS_WITHOUT_RAW =
      RECORD_COLUMNS.replace("r.raw_marc", "'' AS raw_marc")
          .replace("l.code", "(SELECT l.code FROM member_library l WHERE l.id = r.library_id)");
  /**
   * A holding row with its library's code by a scalar subquery, not a join (a join lets MariaDB
   * drive from the library table and sort every holding for each page; see above).
   */
  private static final String HOLDING_COLUMNS =
      "h.id, h.record_id, (SELECT l.code FROM member_library l WHERE l.id = h.library_id),"
          + " h.call_number, h.barcode, h.location, h.source";
  private final DataSource dataSource;

  public CatalogQueries(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public Optional<StoredRecord> record(long id) {
    List<StoredRecord> found =
        records(
            "SELECT " + RECORD_COLUMNS + " FROM bib_record r JOIN member_library l"
                + " ON l.id = r.library_id WHERE r.id = ?",
            id);
    return found.stream().findFirst();
  }

  /** A library's records with the given status, by id, paged. */
  public List<StoredRecord> libraryRecords(long libraryId, RecordStatus status, long afterId, int limit) {
    return records(
        "SELECT " + RECORD_COLUMNS + " FROM bib_record r JOIN member_library l"
            + " ON l.id = r.library_id WHERE r.library_id = ? AND r.status = ? AND r.id > ?"
            + " ORDER BY r.id LIMIT " + Math.max(1, Math.min(limit, 1000)),
        libraryId,
        status.name(),
        afterId);
  }

  /** The quarantined records of a batch, in file order. */
  public List<StoredRecord> quarantined(long batchId, long afterOrdinal, int limit) {
    return records(
        "SELECT " + RECORD_COLUMNS + " FROM bib_record r JOIN member_library l"
            + " ON l.id = r.library_id WHERE r.batch_id = ? AND r.status = 'QUARANTINED'"
            + " AND r.ordinal > ? ORDER BY r.ordinal LIMIT " + Math.max(1, Math.min(limit, 1000)),
        batchId,
        afterOrdinal);
  }

  public long countLibraryRecords(long libraryId, RecordStatus status) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT COUNT(*) FROM bib_record WHERE library_id = ? AND status = ?")) {
      ps.setLong(1, libraryId);
      ps.setString(2, status.name());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new StoreException("counting records", e);
    }
  }

  public List<StoredHolding> holdings(long recordId) {
    return holdings(recordId, recordId).getOrDefault(recordId, List.of());
  }

  /**
   * The holdings of every record whose id is in {@code [fromId, toId]}, by record id, each
   * record's in library code then holding id order: one query for a page of records (the
   * duplicate detector reads holdings this way, never one query per record).
   */
  public Map<Long, List<StoredHolding>> holdings(long fromId, long toId) {
    Map<Long, List<StoredHolding>> out = new HashMap<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT " + HOLDING_COLUMNS + " FROM holding h"
                    + " WHERE h.record_id BETWEEN ? AND ? ORDER BY h.record_id, 3, h.id")) {
      ps.setLong(1, fromId);
      ps.setLong(2, toId);
      try (ResultSet rs = ps.executeQuery()) {
        addHoldings(rs, out);
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("reading holdings of records " + fromId + "-" + toId, e);
    }
  }

  /** The findings of a batch in file order, streamed to {@code sink} (reports can be large). */
  public void findings(long batchId, Consumer<StoredFinding> sink) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT batch_id, record_id, record_no, local_id, byte_offset, code, severity, tag,"
                    + " subfield, args FROM validation_finding WHERE batch_id = ?"
                    + " ORDER BY record_no, id")) {
      ps.setLong(1, batchId);
      ps.setFetchSize(1000);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long recordId = rs.getLong(2);
          Long rid = rs.wasNull() ? null : recordId;
          List<String> args = JSON.readValue(rs.getString(10), new TypeReference<List<String>>() {});
          sink.accept(
              StoredFinding.of(
                  rs.getLong(1), rid, rs.getLong(3), rs.getString(4), rs.getLong(5),
                  rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), args));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("reading the findings of upload " + batchId, e);
    }
  }

  /**
   * Every ACTIVE record in id order, streamed in pages of {@code page} (index rebuilds). The
   * library code by a scalar subquery, not a join: at a million records MariaDB drove the joined
   * query from the library table and sorted the record table for every page (78 s a page).
   */
  public void activeRecords(int page, Consumer<List<StoredRecord>> sink) {
    long after = 0;
    while (true) {
      List<StoredRecord> chunk =
          records(
              "SELECT " + RECORD_COLUMNS.replace("l.code",
                  "(SELECT l.code FROM member_library l WHERE l.id = r.library_id)")
                  + " FROM bib_record r WHERE r.status = 'ACTIVE' AND r.id > ?"
                  + " ORDER BY r.id LIMIT " + page,
              after);
      if (chunk.isEmpty()) {
        return;
      }
      sink.accept(chunk);
      after = chunk.get(chunk.size() - 1).id();
    }
  }

  /**
   * The ACTIVE records among {@code ids}, in id order, without their raw records: one query for
   * a chunk of ids (the nightly job scores candidate pairs a chunk at a time and fetches the
   * chunk's records at once).
   */
  public List<StoredRecord> activeRecords(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return records(
        "SELECT " + RECORD_COLUMNS_WITHOUT_RAW + " FROM bib_record r"
            + " WHERE r.status = 'ACTIVE' AND r.id IN ("
            + placeholders(ids.size()) + ") ORDER BY r.id",
        ids.toArray());
  }

  /** The holdings of the records {@code ids}, by record id (as {@link #holdings(long, long)}). */
  public Map<Long, List<StoredHolding>> holdings(Collection<Long> ids) {
    Map<Long, List<StoredHolding>> out = new HashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT " + HOLDING_COLUMNS + " FROM holding h"
                    + " WHERE h.record_id IN (" + placeholders(ids.size()) + ")"
                    + " ORDER BY h.record_id, 3, h.id")) {
      int i = 1;
      for (Long id : ids) {
        ps.setLong(i++, id);
      }
      try (ResultSet rs = ps.executeQuery()) {
        addHoldings(rs, out);
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("reading holdings of " + ids.size() + " records", e);
    }
  }

  /** Adds the rows of a {@code SELECT HOLDING_COLUMNS} to {@code out}, by record id. */
  private static void addHoldings(ResultSet rs, Map<Long, List<StoredHolding>> out)
      throws SQLException {
    while (rs.next()) {
      out.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>())
          .add(new StoredHolding(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
              rs.getString(5), rs.getString(6), rs.getString(7)));
    }
  }

  private static String placeholders(int n) {
    return String.join(",", Collections.nCopies(n, "?"));
  }

  /**
   * As {@link #activeRecords(int, Consumer)} without the raw records ({@link StoredRecord#raw()}
   * is empty): the duplicate detector reads only the normalized view, and the raw MARC is most
   * of the bytes.
   */
  public void activeNormalized(int page, Consumer<List<StoredRecord>> sink) {
    long after = 0;
    while (true) {
      List<StoredRecord> chunk =
          records(
              "SELECT " + RECORD_COLUMNS_WITHOUT_RAW + " FROM bib_record r"
                  + " WHERE r.status = 'ACTIVE' AND r.id > ? ORDER BY r.id LIMIT " + page,
              after);
      if (chunk.isEmpty()) {
        return;
      }
      sink.accept(chunk);
      after = chunk.get(chunk.size() - 1).id();
    }
  }

  /** The codes of libraries holding items on each of the records (for the index). */
  public Map<Long, List<String>> holdingLibraries(long fromId, long toId) {
    Map<Long, List<String>> out = new HashMap<>();
    holdings(fromId, toId)
        .forEach(
            (id, list) ->
                out.put(id, list.stream().map(StoredHolding::libraryCode).distinct().toList()));
    return out;
  }

  public long countActive() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement("SELECT COUNT(*) FROM bib_record WHERE status = 'ACTIVE'");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new StoreException("counting records", e);
    }
  }

  private List<StoredRecord> records(String sql, Object... params) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      List<StoredRecord> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long merged = rs.getLong(5);
          Long mergedInto = rs.wasNull() ? null : merged;
          long batch = rs.getLong(6);
          Long batchId = rs.wasNull() ? null : batch;
          out.add(
              new StoredRecord(
                  rs.getLong(1),
                  rs.getString(2),
                  rs.getString(3),
                  RecordStatus.valueOf(rs.getString(4)),
                  mergedInto,
                  batchId,
                  rs.getLong(7),
                  rs.getString(8),
                  rs.getString(9),
                  rs.getString(10),
                  rs.getBytes(11),
                  rs.getString(12),
                  rs.getString(13),
                  rs.getTimestamp(14).toInstant()));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("reading records", e);
    }
  }
}
