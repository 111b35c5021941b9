package org.unioncat.dedup.merge;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.unioncat.audit.AuditEvent;
import org.unioncat.audit.AuditTrail;
import org.unioncat.error.NotFoundException;
import org.unioncat.ingest.store.Transactions;
import tools.jackson.databind.json.JsonMapper;

/**
 * Undoes a merge exactly, in one transaction with its audit entry: writes the merge's "before"
 * rows back byte for byte and moves each holding back, but only when every row still equals the
 * merge's "after" state, no later merge touched the records, and no library uploaded a merged
 * record again; otherwise it refuses and says why. The merge's row is locked first, so two undos
 * of one merge run one after the other. Thread-safe: a connection per call.
 */
final class MergeUndo {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final DataSource dataSource;
  private final AuditTrail audit;
  private final MergeIndex index;

  MergeUndo(DataSource dataSource, AuditTrail audit, MergeIndex index) {
    this.dataSource = dataSource;
    this.audit = audit;
    this.index = index;
  }

  /** Undoes merge {@code mergeId} exactly, if nothing changed the records since. */
  UndoResult undo(long mergeId, String actor) {
    UndoResult result = Transactions.inTransaction(dataSource, "undoing merge " + mergeId,
        c -> undo(c, mergeId, actor));
    boolean indexed = IndexSync.apply(dataSource, index, result.restoredRecordIds(), List.of());
    return new UndoResult(result.mergeId(), result.clusterId(), result.restoredRecordIds(),
        result.holdingsRestored(), indexed);
  }

  private UndoResult undo(Connection c, long mergeId, String actor) throws SQLException {
    long clusterId;
    String status;
    MergeSnapshot snapshot;
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT cluster_id, status, snapshot FROM merge_event WHERE id = ? FOR UPDATE")) {
      ps.setLong(1, mergeId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new NotFoundException("There is no merge " + mergeId + ".", "没有编号为 " + mergeId + " 的合并。");
        }
        clusterId = rs.getLong(1);
        status = rs.getString(2);
        snapshot = MergeSnapshot.fromJson(rs.getString(3));
      }
    }
    if (!status.equals("APPLIED")) {
      throw new ReviewConflictException(
          "Merge " + mergeId + " has already been undone.", "合并 " + mergeId + " 已经撤销过了。");
    }
    List<Long> ids = snapshot.before().stream().map(RowSnapshot::id).toList();
    List<Long> later = laterMerges(c, mergeId, ids);
    if (!later.isEmpty()) {
      throw new ReviewConflictException(
          "Merge " + mergeId + " cannot be undone: its records were merged again later (merge "
              + AuditDetail.join(later) + "). Undo the later merge first.",
          "合并 " + mergeId + " 无法撤销：其记录之后又被合并（合并 " + AuditDetail.join(later) + "）。请先撤销后来的合并。");
    }
    Map<Long, RowSnapshot> now = RecordRows.lockAndRead(c, ids);
    for (RowSnapshot expected : snapshot.after()) {
      RowSnapshot current = now.get(expected.id());
      if (current == null || !current.sameAs(expected)) {
        throw changedSince(mergeId, expected, current);
      }
    }
    Map<Long, Long> holdingsNow =
        RecordRows.holdingRecords(c, snapshot.holdings().stream().map(HoldingMove::holdingId).toList());
    for (HoldingMove m : snapshot.holdings()) {
      Long on = holdingsNow.get(m.holdingId());
      if (on == null || on != m.toRecordId()) {
        throw new ReviewConflictException(
            "Merge " + mergeId + " cannot be undone: holding " + m.holdingId() + " of library "
                + m.libraryCode() + " (call number " + m.callNumber() + ") was changed or removed"
                + " since the merge. Nothing was changed.",
            "合并 " + mergeId + " 无法撤销：馆 " + m.libraryCode() + " 的馆藏 " + m.holdingId()
                + "（索书号 " + m.callNumber() + "）在合并后被修改或删除。未作任何修改。");
      }
    }
    for (RowSnapshot b : snapshot.before()) {
      Optional<Long> again = reuploaded(c, b, ids);
      if (again.isPresent()) {
        throw new ReviewConflictException(
            "Merge " + mergeId + " cannot be undone: library " + b.libraryCode() + " has uploaded"
                + " its record " + b.localId() + " again since the merge (now record " + again.get()
                + "); restoring record " + b.id() + " would make two copies. Nothing was changed.",
            "合并 " + mergeId + " 无法撤销：馆 " + b.libraryCode() + " 在合并后重新上传了其记录 "
                + b.localId() + "（现为记录 " + again.get() + "）；恢复记录 " + b.id()
                + " 会产生两份。未作任何修改。");
      }
    }
    for (RowSnapshot b : snapshot.before()) {
      RecordRows.write(c, b);
    }
    for (HoldingMove m : snapshot.holdings()) {
      RecordRows.moveHolding(c, m.holdingId(), m.fromRecordId());
    }
    Timestamp at = Timestamp.from(Instant.now());
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE merge_event SET status = 'UNDONE', undone_by = ?, undone_at = ? WHERE id = ?")) {
      ps.setString(1, actor);
      ps.setTimestamp(2, at);
      ps.setLong(3, mergeId);
      ps.executeUpdate();
    }
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("mergeId", mergeId);
    detail.put("clusterId", clusterId);
    detail.put("restoredRecordIds", ids);
    detail.put("holdingsRestored", snapshot.holdings());
    detail.put("before", AuditDetail.statuses(now));
    detail.put("after", AuditDetail.statuses(indexById(snapshot.before())));
    String library = snapshot.before().stream()
        .filter(r -> r.status().equals("ACTIVE") && now.get(r.id()).status().equals("ACTIVE"))
        .map(RowSnapshot::libraryCode).findFirst().orElse(null);
    audit.record(c, new AuditEvent(actor, "UNDO_MERGE", "cluster:" + clusterId, library,
        JSON.writeValueAsString(detail)));
    return new UndoResult(mergeId, clusterId, ids, snapshot.holdings().size(), false);
  }

  private static ReviewConflictException changedSince(long mergeId, RowSnapshot expected, RowSnapshot current) {
    String en;
    String zh;
    if (current == null) {
      en = "record " + expected.id() + " no longer exists";
      zh = "记录 " + expected.id() + " 已不存在";
    } else if (!current.status().equals(expected.status())) {
      en = "record " + expected.id() + " is now " + current.status()
          + (current.mergedInto() == null ? "" : " into record " + current.mergedInto());
      zh = "记录 " + expected.id() + " 现为 " + ReviewText.statusZh(current.status());
    } else {
      en = "record " + expected.id() + " (library " + expected.libraryCode() + ", 001 "
          + expected.localId() + ") was replaced by a later upload on " + current.updatedAt();
      zh = "记录 " + expected.id() + "（馆 " + expected.libraryCode() + "，001 " + expected.localId()
          + "）已于 " + current.updatedAt() + " 被后来的上传替换";
    }
    return new ReviewConflictException(
        "Merge " + mergeId + " cannot be undone: " + en + " since the merge. Nothing was changed.",
        "合并 " + mergeId + " 无法撤销：" + zh + "。未作任何修改。");
  }

  /** An ACTIVE record, other than the merge's, of the same library with the same 001. */
  private static Optional<Long> reuploaded(Connection c, RowSnapshot row, List<Long> ids)
      throws SQLException {
    if (row.localId() == null || !row.status().equals("ACTIVE")) {
      return Optional.empty();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT id FROM bib_record WHERE library_id = ? AND local_id = ? AND status = 'ACTIVE'"
                + " AND id NOT IN (" + RecordRows.in(ids.size()) + ") ORDER BY id")) {
      ps.setLong(1, row.libraryId());
      ps.setString(2, row.localId());
      RecordRows.bind(ps, 3, ids);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
      }
    }
  }

  private static List<Long> laterMerges(Connection c, long mergeId, List<Long> ids) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT DISTINCT e.id FROM merge_event e JOIN merge_event_record r ON r.merge_id = e.id"
                + " WHERE e.id > ? AND e.status = 'APPLIED' AND r.record_id IN ("
                + RecordRows.in(ids.size()) + ") ORDER BY e.id")) {
      ps.setLong(1, mergeId);
      RecordRows.bind(ps, 2, ids);
      List<Long> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getLong(1));
        }
      }
      return out;
    }
  }

  private static Map<Long, RowSnapshot> indexById(List<RowSnapshot> rows) {
    Map<Long, RowSnapshot> out = new LinkedHashMap<>();
    rows.forEach(r -> out.put(r.id(), r));
    return out;
  }

}
