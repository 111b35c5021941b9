package org.unioncat.ingest.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.unioncat.ingest.finding.Finding;
import org.unioncat.ingest.finding.Severity;
import org.unioncat.ingest.normalize.NormalizedRecordJson;
import org.unioncat.ingest.normalize.holdings.Holding;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a chunk of an upload into the catalog tables with JDBC batches, on the caller's
 * connection and transaction (one transaction per chunk: a crash leaves no half-written chunk).
 * For each record, in order:
 *
 * <ul>
 *   <li>bytes identical to a record the library already has → not stored again ("unchanged"),
 *       also when that record was merged into another (re-sending it must not undo the merge);
 *   <li>a deletion request (leader/05 = d) → the library's active record with that 001 is marked
 *       DELETED; the request itself is kept;
 *   <li>errors → stored QUARANTINED with its raw bytes and findings, outside the catalog;
 *   <li>otherwise ACTIVE: it replaces the library's active record with the same 001 (keeping its
 *       id, so links and holdings stay), or is added.
 * </ul>
 *
 * Findings of every record are stored with the batch. Thread-safe: no state beyond the mapper.
 */
public final class RecordStore {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The outcome of one chunk. */
  public record ChunkResult(ChunkCounts counts, List<Stored> active, List<Long> removed) {}

  /** An ACTIVE record as stored: its id and its row (for the index). */
  public record Stored(long id, RecordRow row) {}

  public ChunkResult storeChunk(Connection c, MemberLibrary library, long batchId, List<RecordRow> rows)
      throws SQLException {
    Set<String> knownHashes = existingHashes(c, library.id(), rows);
    Map<String, Long> activeByLocalId = activeByLocalId(c, library.id(), rows);
    List<RecordRow> inserts = new ArrayList<>();
    List<Stored> replacements = new ArrayList<>();
    List<Long> removed = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    long accepted = 0;
    long rejected = 0;
    long warnings = 0;
    long unchanged = 0;
    long replaced = 0;
    long deletions = 0;
    for (RecordRow row : rows) {
      if (knownHashes.contains(row.contentHash()) || !seen.add(row.contentHash())) {
        unchanged++;
        continue;
      }
      if (row.deletion()) {
        Long target = row.localId() == null ? null : activeByLocalId.remove(row.localId());
        if (target != null) {
          markDeleted(c, target);
          removed.add(target);
        }
        deletions++;
        inserts.add(row);
        continue;
      }
      if (row.status() == RecordStatus.QUARANTINED) {
        rejected++;
        inserts.add(row);
        continue;
      }
      accepted++;
      if (row.findings().stream().anyMatch(f -> f.severity() == Severity.WARNING)) {
        warnings++;
      }
      Long existing = row.localId() == null ? null : activeByLocalId.get(row.localId());
      if (existing != null) {
        replace(c, existing, batchId, row);
        replacements.add(new Stored(existing, row));
        replaced++;
      } else {
        inserts.add(row);
      }
    }
    Map<Long, Long> idByOrdinal = insert(c, library.id(), batchId, inserts);
    List<Stored> active = new ArrayList<>(replacements);
    for (RecordRow row : inserts) {
      // A deletion request is stored DELETED: it is no record to index or to hold items.
      if (row.status() == RecordStatus.ACTIVE && !row.deletion()) {
        active.add(new Stored(idByOrdinal.get((long) row.read().ordinal()), row));
      }
    }
    insertHoldings(c, library.id(), active);
    insertFindings(c, batchId, rows, idByOrdinal, replacements);
    ChunkCounts counts =
        new ChunkCounts(rows.size(), accepted, rejected, warnings, unchanged, replaced, deletions, 0);
    return new ChunkResult(counts, active, removed);
  }

  private static Set<String> existingHashes(Connection c, long libraryId, List<RecordRow> rows)
      throws SQLException {
    Set<String> out = new HashSet<>();
    if (rows.isEmpty()) {
      return out;
    }
    String sql =
        "SELECT content_hash FROM bib_record WHERE library_id = ? AND status IN ('ACTIVE',"
            + " 'QUARANTINED', 'MERGED') AND content_hash IN (" + placeholders(rows.size()) + ")";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, libraryId);
      for (int i = 0; i < rows.size(); i++) {
        ps.setString(i + 2, rows.get(i).contentHash());
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    }
    return out;
  }

  private static Map<String, Long> activeByLocalId(Connection c, long libraryId, List<RecordRow> rows)
      throws SQLException {
    List<String> ids = new ArrayList<>();
    for (RecordRow r : rows) {
      if (r.localId() != null) {
        ids.add(r.localId());
      }
    }
    Map<String, Long> out = new HashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    String sql =
        "SELECT id, local_id FROM bib_record WHERE library_id = ? AND status = 'ACTIVE'"
            + " AND local_id IN (" + placeholders(ids.size()) + ") ORDER BY id";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, libraryId);
      for (int i = 0; i < ids.size(); i++) {
        ps.setString(i + 2, BatchStore.truncate(ids.get(i), 100));
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          // Several active records of one library may share a 001 (an old duplicate); the
          // lowest id is the one a new version replaces.
          out.putIfAbsent(rs.getString(2), rs.getLong(1));
        }
      }
    }
    return out;
  }

  private static void markDeleted(Connection c, long id) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE bib_record SET status = 'DELETED', updated_at = CURRENT_TIMESTAMP WHERE id = ?")) {
      ps.setLong(1, id);
      ps.executeUpdate();
    }
  }

  private static void replace(Connection c, long id, long batchId, RecordRow row)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE bib_record SET batch_id = ?, ordinal = ?, flavour = ?, container_format = ?,"
                + " source_encoding = ?, raw_marc = ?, normalized = ?, content_hash = ?,"
                + " title = ?, updated_at = CURRENT_TIMESTAMP WHERE id = ?")) {
      int i = bindContent(ps, 1, batchId, row);
      ps.setLong(i, id);
      ps.executeUpdate();
    }
    try (PreparedStatement ps =
        c.prepareStatement("DELETE FROM holding WHERE record_id = ? AND library_id = (SELECT"
            + " library_id FROM bib_record WHERE id = ?)")) {
      ps.setLong(1, id);
      ps.setLong(2, id);
      ps.executeUpdate();
    }
  }

  /** Binds batch, ordinal, flavour, format, encoding, raw, normalized, hash, title from index i. */
  private static int bindContent(PreparedStatement ps, int i, long batchId, RecordRow row)
      throws SQLException {
    ps.setLong(i++, batchId);
    ps.setLong(i++, row.read().ordinal());
    ps.setString(i++, row.read().flavour().name());
    ps.setString(i++, row.read().format().name());
    ps.setString(i++, row.read().encoding().map(Enum::name).orElse(null));
    ps.setBytes(i++, row.read().raw());
    ps.setString(i++, row.normalized() == null ? null : NormalizedRecordJson.toJson(row.normalized()));
    ps.setString(i++, row.contentHash());
    ps.setString(
        i++,
        row.normalized() == null
            ? null
            : BatchStore.truncate(row.normalized().title().titleProper(), 1000));
    return i;
  }

  private static Map<Long, Long> insert(
      Connection c, long libraryId, long batchId, List<RecordRow> rows) throws SQLException {
    Map<Long, Long> idByOrdinal = new HashMap<>();
    if (rows.isEmpty()) {
      return idByOrdinal;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO bib_record (library_id, local_id, status, batch_id, ordinal, flavour,"
                + " container_format, source_encoding, raw_marc, normalized, content_hash, title)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (RecordRow row : rows) {
        ps.setLong(1, libraryId);
        ps.setString(2, BatchStore.truncate(row.localId(), 100));
        ps.setString(3, (row.deletion() ? RecordStatus.DELETED : row.status()).name());
        bindContent(ps, 4, batchId, row);
        ps.addBatch();
      }
      ps.executeBatch();
    }
    // Read the ids back by (batch, ordinal): portable across drivers, unlike batched keys.
    long first = rows.get(0).read().ordinal();
    long last = rows.get(rows.size() - 1).read().ordinal();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT id, ordinal FROM bib_record WHERE batch_id = ? AND ordinal BETWEEN ? AND ?")) {
      ps.setLong(1, batchId);
      ps.setLong(2, first);
      ps.setLong(3, last);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          idByOrdinal.put(rs.getLong(2), rs.getLong(1));
        }
      }
    }
    return idByOrdinal;
  }

  private static void insertHoldings(Connection c, long libraryId, List<Stored> active)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO holding (record_id, library_id, call_number, barcode, location, source)"
                + " VALUES (?, ?, ?, ?, ?, ?)")) {
      int n = 0;
      for (Stored s : active) {
        for (Holding h : s.row().holdings()) {
          ps.setLong(1, s.id());
          ps.setLong(2, libraryId);
          ps.setString(3, BatchStore.truncate(h.callNumber(), 200));
          ps.setString(4, BatchStore.truncate(h.barcode(), 100));
          ps.setString(5, BatchStore.truncate(h.location(), 200));
          ps.setString(6, BatchStore.truncate(h.source(), 20));
          ps.addBatch();
          n++;
        }
      }
      if (n > 0) {
        ps.executeBatch();
      }
    }
  }

  private static void insertFindings(
      Connection c,
      long batchId,
      List<RecordRow> rows,
      Map<Long, Long> idByOrdinal,
      List<Stored> replacements)
      throws SQLException {
    Map<Long, Long> ids = new HashMap<>(idByOrdinal);
    replacements.forEach(s -> ids.put((long) s.row().read().ordinal(), s.id()));
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO validation_finding (batch_id, record_id, record_no, local_id,"
                + " byte_offset, code, severity, tag, subfield, args)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int n = 0;
      for (RecordRow row : rows) {
        Long recordId = ids.get((long) row.read().ordinal());
        for (Finding f : row.findings()) {
          ps.setLong(1, batchId);
          if (recordId == null) {
            ps.setNull(2, java.sql.Types.BIGINT);
          } else {
            ps.setLong(2, recordId);
          }
          ps.setLong(3, f.recordNo());
          ps.setString(4, BatchStore.truncate(f.localId(), 100));
          ps.setLong(5, f.byteOffset());
          ps.setString(6, f.code().name());
          ps.setString(7, f.severity().name());
          ps.setString(8, BatchStore.truncate(f.tag(), 10));
          ps.setString(9, f.subfield() == null ? null : f.subfield().toString());
          ps.setString(10, JSON.writeValueAsString(f.args()));
          ps.addBatch();
          n++;
        }
      }
      if (n > 0) {
        ps.executeBatch();
      }
    }
  }

  private static String placeholders(int n) {
    StringBuilder s = new StringBuilder(n * 2);
    for (int i = 0; i < n; i++) {
      s.append(i == 0 ? "?" : ",?");
    }
    return s.toString();
  }
}
