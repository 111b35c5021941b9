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
 *   <li>a deletion request (leader/05 = d) → the library withdraws: its active record with that
 *       001 is marked DELETED, or, when other libraries hold it too, only the library's holdings
 *       leave it (see {@link Withdrawal}); the request itself is kept;
 *   <li>errors → stored QUARANTINED with its raw bytes and findings, outside the catalog;
 *   <li>otherwise ACTIVE: it replaces the library's active record with the same 001 (keeping its
 *       id, so links and holdings stay), or is added.
 * </ul>
 *
 * Findings of every record are stored with the batch. Thread-safe: no state beyond the mapper.
 */
public final class RecordStore {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final List<NewRows.Column> RECORD_COLUMNS =
      List.of(
          NewRows.number("library_id"),
          NewRows.text("local_id"),
          NewRows.text("status"),
          NewRows.number("batch_id"),
          NewRows.number("ordinal"),
          NewRows.text("flavour"),
          NewRows.text("container_format"),
          NewRows.text("source_encoding"),
          NewRows.bytes("raw_marc"),
          NewRows.text("normalized"),
          NewRows.text("content_hash"),
          NewRows.text("title"));
  private static final List<NewRows.Column> HOLDING_COLUMNS =
      List.of(
          NewRows.number("record_id"),
          NewRows.number("library_id"),
          NewRows.text("call_number"),
          NewRows.text("barcode"),
          NewRows.text("location"),
          NewRows.text("source"));
  private static final List<NewRows.Column> FINDING_COLUMNS =
      List.of(
          NewRows.number("batch_id"),
          NewRows.number("record_id"),
          NewRows.number("record_no"),
          NewRows.text("local_id"),
          NewRows.number("byte_offset"),
          NewRows.text("code"),
          NewRows.text("severity"),
          NewRows.text("tag"),
          NewRows.text("subfield"),
          NewRows.text("args"));

  /**
   * The outcome of one chunk.
   *
   * @param active the records stored ACTIVE (new or replaced), with their rows, to index
   * @param removed records that left the catalog (deleted)
   * @param refreshed records whose holding libraries changed without their data coming in this
   *     chunk, or replaced records that other libraries also hold: to re-index from the database
   */
  public record ChunkResult(
      ChunkCounts counts, List<Stored> active, List<Long> removed, List<Long> refreshed) {}

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
    List<Long> refreshed = new ArrayList<>();
    // The rows as stored: a deletion request may gain a finding saying what it did.
    List<RecordRow> stored = new ArrayList<>(rows);
    for (int i = 0; i < stored.size(); i++) {
      RecordRow row = stored.get(i);
      if (knownHashes.contains(row.contentHash()) || !seen.add(row.contentHash())) {
        unchanged++;
        continue;
      }
      if (row.deletion()) {
        Long target = row.localId() == null ? null : activeByLocalId.remove(row.localId());
        Withdrawal.Outcome outcome = Withdrawal.apply(c, library.id(), target, row.localId());
        if (outcome.deleted() != null) {
          removed.add(outcome.deleted());
        }
        if (outcome.refreshed() != null) {
          refreshed.add(outcome.refreshed());
        }
        if (outcome.finding() != null) {
          row = row.withFinding(
              outcome.finding().at(row.read().ordinal(), row.localId(), row.read().byteOffset()));
          stored.set(i, row);
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
    insertFindings(c, batchId, stored, idByOrdinal, replacements);
    // A replaced record kept by a merge carries other libraries' holdings: its index document
    // must list them, which the row alone (this library's holdings) cannot tell.
    refreshed.addAll(heldByOthers(c, library.id(), replacements));
    ChunkCounts counts =
        new ChunkCounts(rows.size(), accepted, rejected, warnings, unchanged, replaced, deletions, 0);
    return new ChunkResult(counts, active, removed, refreshed);
  }

  private static List<Long> heldByOthers(Connection c, long libraryId, List<Stored> replacements)
      throws SQLException {
    return libraryAndList(c,
        "SELECT DISTINCT record_id FROM holding WHERE library_id <> ? AND record_id IN (%s)"
            + " ORDER BY record_id",
        libraryId, replacements.stream().map(Stored::id).toList(), rs -> rs.getLong(1));
  }

  private static Set<String> existingHashes(Connection c, long libraryId, List<RecordRow> rows)
      throws SQLException {
    return new HashSet<>(libraryAndList(c,
        "SELECT content_hash FROM bib_record WHERE library_id = ? AND status IN ('ACTIVE',"
            + " 'QUARANTINED', 'MERGED') AND content_hash IN (%s)",
        libraryId, rows.stream().map(RecordRow::contentHash).toList(), rs -> rs.getString(1)));
  }

  /** Reads one value per row of {@code sql}: the library id first, then the list in its IN (%s). */
  private interface Column<T> {
    T read(ResultSet rs) throws SQLException;
  }

  private static <T> List<T> libraryAndList(
      Connection c, String sql, long libraryId, List<?> values, Column<T> column)
      throws SQLException {
    List<T> out = new ArrayList<>();
    if (values.isEmpty()) {
      return out;
    }
    try (PreparedStatement ps = c.prepareStatement(sql.formatted(placeholders(values.size())))) {
      ps.setLong(1, libraryId);
      for (int i = 0; i < values.size(); i++) {
        ps.setObject(i + 2, values.get(i));
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(column.read(rs));
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
    ps.setString(
        i++,
        row.normalizedJson() == null
            ? null
            : new String(row.normalizedJson(), java.nio.charset.StandardCharsets.UTF_8));
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
    NewRows records = new NewRows("bib_record", RECORD_COLUMNS);
    for (RecordRow row : rows) {
      records.add(
          libraryId,
          BatchStore.truncate(row.localId(), 100),
          (row.deletion() ? RecordStatus.DELETED : row.status()).name(),
          batchId,
          (long) row.read().ordinal(),
          row.read().flavour().name(),
          row.read().format().name(),
          row.read().encoding().map(Enum::name).orElse(null),
          row.read().raw(),
          row.normalizedJson() == null ? null : new NewRows.Utf8(row.normalizedJson()),
          row.contentHash(),
          row.normalized() == null
              ? null
              : BatchStore.truncate(row.normalized().title().titleProper(), 1000));
    }
    write(c, records);
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
    NewRows holdings = new NewRows("holding", HOLDING_COLUMNS);
    for (Stored s : active) {
      for (Holding h : s.row().holdings()) {
        holdings.add(
            s.id(),
            libraryId,
            BatchStore.truncate(h.callNumber(), 200),
            BatchStore.truncate(h.barcode(), 100),
            BatchStore.truncate(h.location(), 200),
            BatchStore.truncate(h.source(), 20));
      }
    }
    write(c, holdings);
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
    NewRows findings = new NewRows("validation_finding", FINDING_COLUMNS);
    for (RecordRow row : rows) {
      Long recordId = ids.get((long) row.read().ordinal());
      for (Finding f : row.findings()) {
        findings.add(
            batchId,
            recordId,
            (long) f.recordNo(),
            BatchStore.truncate(f.localId(), 100),
            f.byteOffset(),
            f.code().name(),
            f.severity().name(),
            BatchStore.truncate(f.tag(), 10),
            f.subfield() == null ? null : f.subfield().toString(),
            JSON.writeValueAsString(f.args()));
      }
    }
    write(c, findings);
  }

  /**
   * Writes new rows the fastest way the connection allows: {@code LOAD DATA LOCAL} on MySQL and
   * MariaDB when the URL permits it, a batched INSERT otherwise (H2, or LOCAL not allowed).
   */
  private static void write(Connection c, NewRows rows) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    if (LoadDataInsert.usable(c)) {
      LoadDataInsert.write(c, rows);
    } else {
      BatchedInsert.write(c, rows);
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
