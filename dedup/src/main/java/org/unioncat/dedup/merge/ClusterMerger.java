package org.unioncat.dedup.merge;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.unioncat.audit.AuditEvent;
import org.unioncat.audit.AuditTrail;
import org.unioncat.config.HoldingsMapping;
import org.unioncat.config.LibraryCode;
import org.unioncat.dedup.cluster.Cluster;
import org.unioncat.dedup.cluster.ClusterMember;
import org.unioncat.dedup.cluster.MemberRole;
import org.unioncat.dedup.store.DedupRun;
import org.unioncat.dedup.store.DedupStore;
import org.unioncat.error.InvalidRequestException;
import org.unioncat.ingest.load.ContentHash;
import org.unioncat.ingest.load.StoredRecordDecoder;
import org.unioncat.ingest.marc.MarcEncoding;
import org.unioncat.ingest.marc.MarcFlavour;
import org.unioncat.ingest.marc.MarcRecord;
import org.unioncat.ingest.normalize.NormalizedRecord;
import org.unioncat.ingest.normalize.NormalizedRecordJson;
import org.unioncat.ingest.normalize.Normalizer;
import org.unioncat.ingest.read.ContainerFormat;
import org.unioncat.ingest.store.LibraryStore;
import org.unioncat.ingest.store.MemberLibrary;
import org.unioncat.ingest.store.StoreException;
import org.unioncat.ingest.store.Transactions;
import org.unioncat.ingest.write.Iso2709Writer;
import org.unioncat.ingest.write.UnwritableRecordException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Merges a duplicate cluster of the latest detection run, and undoes a merge exactly.
 *
 * <p>A merge, in one transaction with its audit entry: the members to merge (the kept record and
 * the DUPLICATE members; FINDING members are not duplicates and stay) are locked and must all
 * still be ACTIVE; the kept record's MARC receives the other members' ISBNs in both forms and
 * their series, and a series stated only in its note moves into the series field
 * ({@link MarcAmender}); it is stored as UTF-8 ISO 2709 and normalized again; every holding row of
 * the other members moves onto it unchanged (library, call number); the other members become
 * MERGED tombstones pointing to it, their raw MARC untouched. The rows before and after, and each
 * holding moved, are stored in {@code merge_event}. After the commit the index is updated (see
 * {@link MergeIndex}).
 *
 * <p>An undo ({@link MergeUndo}), in one transaction with its audit entry, writes the "before" rows
 * back byte for byte and moves each holding back, but only when every row still equals the
 * merge's "after" state (otherwise a later upload or merge changed them, and the answer says
 * which).
 *
 * <p>Plain JDBC, thread-safe: a connection per call; concurrent merges of the same records
 * serialize on the row locks and the second finds the members already merged.
 */
public final class ClusterMerger {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final DataSource dataSource;
  private final DedupStore store;
  private final LibraryStore libraries;
  private final AuditTrail audit;
  private final MergeIndex index;
  private final MergeUndo undo;

  public ClusterMerger(
      DataSource dataSource, DedupStore store, LibraryStore libraries, AuditTrail audit,
      MergeIndex index) {
    this.dataSource = dataSource;
    this.store = store;
    this.libraries = libraries;
    this.audit = audit;
    this.index = index;
    this.undo = new MergeUndo(dataSource, audit, index);
  }

  /**
   * Merges cluster {@code clusterId} of the latest run.
   *
   * @param keepRecordId the record to keep, or null for the reviewer's earlier choice, else the
   *     run's
   */
  public MergeResult merge(long clusterId, Long keepRecordId, String actor) {
    DedupRun run = store.latestRun().orElseThrow(ReviewText::noRun);
    Cluster cluster = store.cluster(run.id(), clusterId).orElseThrow(() -> ReviewText.noCluster(clusterId));
    List<Long> mergeable = new ArrayList<>();
    for (ClusterMember m : cluster.members()) {
      if (m.role() != MemberRole.FINDING) {
        mergeable.add(m.recordId());
      }
    }
    MergeResult result = Transactions.inTransaction(dataSource, "merging cluster " + clusterId,
        c -> merge(c, run.id(), cluster, mergeable, keepRecordId, actor));
    return result.withIndexed(IndexSync.apply(
        dataSource, index, List.of(result.keptRecordId()), result.mergedRecordIds()));
  }

  private MergeResult merge(
      Connection c, long runId, Cluster cluster, List<Long> mergeable, Long keepRecordId, String actor)
      throws SQLException {
    long clusterId = cluster.id();
    // The lock comes first: a concurrent merge of the same records finishes before anything here
    // is read, and everything read below sees it.
    ClusterStatuses.lock(c, runId, clusterId);
    Map<Long, RowSnapshot> before = RecordRows.lockAndRead(c, mergeable);
    ClusterStatuses.requireOpenForMerge(c, runId, clusterId);
    if (mergeable.size() < 2) {
      throw new ReviewConflictException(
          "Cluster " + clusterId + " has no duplicate to merge: its other records are findings"
              + " (a different volume, edition or a wrong record), which are never merged.",
          "重复组 " + clusterId + " 没有可合并的重复记录：其余记录属于提示（不同卷册、版次或错误记录），不予合并。");
    }
    long keep = chooseKeep(c, cluster, mergeable, keepRecordId);
    requireNoRejectedPair(c, clusterId, mergeable);
    requireActive(clusterId, mergeable, before);
    RowSnapshot kept = before.get(keep);
    List<Long> others = mergeable.stream().filter(id -> id != keep).toList();

    List<NormalizedRecord> otherViews = new ArrayList<>();
    for (long id : others) {
      otherViews.add(NormalizedRecordJson.fromJson(before.get(id).normalized()));
    }
    MarcRecord keptMarc =
        StoredRecordDecoder.decode(RecordRows.stored(kept))
            .orElseThrow(() -> new ReviewConflictException(
                "Record " + keep + " cannot be decoded, so nothing can be merged into it; choose"
                    + " another record to keep.",
                "记录 " + keep + " 无法解码，不能作为保留记录；请选择其他记录保留。"));
    MarcFlavour flavour = MarcFlavour.valueOf(kept.flavour());
    MarcAmender.Amended amended =
        MarcAmender.amend(keptMarc, flavour, NormalizedRecordJson.fromJson(kept.normalized()), otherViews);

    Timestamp now = Timestamp.from(Instant.now());
    RowSnapshot keptAfter = kept;
    if (amended.changed()) {
      byte[] raw;
      try {
        raw = Iso2709Writer.toBytes(amended.record(), flavour);
      } catch (UnwritableRecordException e) {
        throw new ReviewConflictException(
            "Record " + keep + " would become too long for ISO 2709 with the merged ISBNs and"
                + " series (" + e.getMessage() + "); choose another record to keep.",
            "记录 " + keep + " 加入合并的 ISBN 与丛编后超出 ISO 2709 的长度限制；请选择其他记录保留。");
      }
      NormalizedRecord view = normalizer(kept.libraryCode()).normalize(amended.record(), flavour);
      String title = view.title().titleProper();
      // content_hash stays the hash of what the library last sent: re-sending that same record
      // is then "unchanged" and does not overwrite the merged ISBNs and series.
      keptAfter = new RowSnapshot(
          kept.id(), kept.libraryId(), kept.libraryCode(), kept.localId(), kept.status(),
          kept.mergedInto(), kept.flavour(), ContainerFormat.ISO2709.name(), MarcEncoding.UTF8.name(),
          raw, NormalizedRecordJson.toJson(view), kept.contentHash(),
          title == null ? null : title.length() > 1000 ? title.substring(0, 1000) : title,
          now.toInstant().toString());
      RecordRows.write(c, keptAfter);
    }
    List<HoldingMove> moves = RecordRows.holdingsOf(c, others, keep);
    for (HoldingMove m : moves) {
      RecordRows.moveHolding(c, m.holdingId(), keep);
    }
    for (long id : others) {
      RowSnapshot o = before.get(id);
      RecordRows.write(c, new RowSnapshot(
          o.id(), o.libraryId(), o.libraryCode(), o.localId(), "MERGED", keep, o.flavour(),
          o.containerFormat(), o.sourceEncoding(), o.raw(), o.normalized(), o.contentHash(),
          o.title(), now.toInstant().toString()));
    }
    Map<Long, RowSnapshot> after = RecordRows.lockAndRead(c, mergeable);
    MergeSnapshot snapshot =
        new MergeSnapshot(List.copyOf(before.values()), List.copyOf(after.values()), moves);
    long mergeId = insertEvent(c, runId, clusterId, keep, actor, now, snapshot, mergeable);

    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("mergeId", mergeId);
    detail.put("runId", runId);
    detail.put("clusterId", clusterId);
    detail.put("keptRecordId", keep);
    detail.put("mergedRecordIds", others);
    detail.put("holdingsMoved", moves);
    detail.put("isbnsAdded", amended.isbnsAdded());
    detail.put("seriesAdded", amended.seriesAdded());
    detail.put("notesMoved", amended.notesMoved());
    detail.put("before", AuditDetail.statuses(before));
    detail.put("after", AuditDetail.statuses(after));
    detail.put("keptRawSha256Before", ContentHash.of(kept.raw()));
    detail.put("keptRawSha256After", ContentHash.of(after.get(keep).raw()));
    audit.record(c, new AuditEvent(actor, "MERGE", "cluster:" + clusterId, kept.libraryCode(),
        JSON.writeValueAsString(detail)));
    return new MergeResult(mergeId, runId, clusterId, keep, others, moves, amended.isbnsAdded(),
        amended.seriesAdded(), amended.notesMoved(), false);
  }

  /** Undoes merge {@code mergeId} exactly, if nothing changed the records since (see {@link MergeUndo}). */
  public UndoResult undo(long mergeId, String actor) {
    return undo.undo(mergeId, actor);
  }

  /** The merges, newest first, of one cluster or (clusterId null) of every cluster, at most limit. */
  public List<MergeEvent> merges(Long clusterId, int limit) {
    String sql =
        "SELECT id, run_id, cluster_id, kept_record_id, merged_by, merged_at, status, undone_by,"
            + " undone_at FROM merge_event"
            + (clusterId == null ? "" : " WHERE cluster_id = ?") + " ORDER BY id DESC LIMIT ?";
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      int i = 1;
      if (clusterId != null) {
        ps.setLong(i++, clusterId);
      }
      ps.setInt(i, Math.max(1, Math.min(limit, 1000)));
      List<MergeEvent> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Timestamp undone = rs.getTimestamp(9);
          out.add(new MergeEvent(
              rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), List.of(),
              rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getString(7), rs.getString(8),
              undone == null ? null : undone.toInstant()));
        }
      }
      List<MergeEvent> withRecords = new ArrayList<>();
      for (MergeEvent e : out) {
        withRecords.add(new MergeEvent(e.id(), e.runId(), e.clusterId(), e.keptRecordId(),
            mergedRecords(c, e.id(), e.keptRecordId()), e.mergedBy(), e.mergedAt(), e.status(),
            e.undoneBy(), e.undoneAt()));
      }
      return withRecords;
    } catch (SQLException e) {
      throw new StoreException("reading merges", e);
    }
  }

  private static List<Long> mergedRecords(Connection c, long mergeId, long kept) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT record_id FROM merge_event_record WHERE merge_id = ? AND record_id <> ?"
                + " ORDER BY record_id")) {
      ps.setLong(1, mergeId);
      ps.setLong(2, kept);
      List<Long> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getLong(1));
        }
      }
      return out;
    }
  }

  private long chooseKeep(Connection c, Cluster cluster, List<Long> mergeable, Long keepRecordId)
      throws SQLException {
    if (keepRecordId != null) {
      if (!mergeable.contains(keepRecordId)) {
        throw new InvalidRequestException(
            "Record " + keepRecordId + " is not one of the duplicates of cluster " + cluster.id()
                + " (" + AuditDetail.join(mergeable) + "); choose one of them to keep.",
            "记录 " + keepRecordId + " 不属于重复组 " + cluster.id() + " 的重复记录（" + AuditDetail.join(mergeable)
                + "）；请从中选择保留记录。");
      }
      return keepRecordId;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT record_id FROM dedup_keep_choice WHERE record_id IN ("
                + RecordRows.in(mergeable.size()) + ") ORDER BY decided_at DESC, record_id")) {
      RecordRows.bind(ps, 1, mergeable);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          return rs.getLong(1);
        }
      }
    }
    return cluster.keepId();
  }

  private static void requireNoRejectedPair(Connection c, long clusterId, List<Long> ids)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT first_record_id, second_record_id, decided_by FROM dedup_decision"
                + " WHERE first_record_id IN (" + RecordRows.in(ids.size()) + ")"
                + " AND second_record_id IN (" + RecordRows.in(ids.size()) + ")"
                + " ORDER BY first_record_id, second_record_id")) {
      RecordRows.bind(ps, RecordRows.bind(ps, 1, ids), ids);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          throw new ReviewConflictException(
              "Records " + rs.getLong(1) + " and " + rs.getLong(2) + " of cluster " + clusterId
                  + " were decided not to be duplicates (by " + rs.getString(3) + "); nothing"
                  + " was merged. Split the cluster, or wait for the next duplicate detection run.",
              "重复组 " + clusterId + " 中的记录 " + rs.getLong(1) + " 与 " + rs.getLong(2)
                  + " 已被判定为非重复（" + rs.getString(3) + "）；未作合并。请拆分该组，或等待下次查重。");
        }
      }
    }
  }

  private static void requireActive(long clusterId, List<Long> ids, Map<Long, RowSnapshot> rows) {
    List<String> en = new ArrayList<>();
    List<String> zh = new ArrayList<>();
    for (long id : ids) {
      RowSnapshot r = rows.get(id);
      if (r == null) {
        en.add("record " + id + " no longer exists");
        zh.add("记录 " + id + " 已不存在");
      } else if (!r.status().equals("ACTIVE")) {
        String into = r.mergedInto() == null ? "" : " into record " + r.mergedInto();
        en.add("record " + id + " is now " + r.status() + into);
        zh.add("记录 " + id + " 现为 " + ReviewText.statusZh(r.status())
            + (r.mergedInto() == null ? "" : "（并入记录 " + r.mergedInto() + "）"));
      }
    }
    if (!en.isEmpty()) {
      throw new ReviewConflictException(
          "Cluster " + clusterId + " changed since duplicate detection ran: " + String.join("; ", en)
              + ". Nothing was merged; the next duplicate detection run shows the cluster as it is now.",
          "重复组 " + clusterId + " 在查重之后已有变化：" + String.join("；", zh)
              + "。未作合并；下次查重将显示该组的最新情况。");
    }
  }

  private static long insertEvent(
      Connection c, long runId, long clusterId, long keep, String actor, Timestamp at,
      MergeSnapshot snapshot, List<Long> records) throws SQLException {
    long id;
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO merge_event (run_id, cluster_id, kept_record_id, merged_by, merged_at,"
                + " status, snapshot) VALUES (?, ?, ?, ?, ?, 'APPLIED', ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      ps.setLong(1, runId);
      ps.setLong(2, clusterId);
      ps.setLong(3, keep);
      ps.setString(4, actor.length() > 100 ? actor.substring(0, 100) : actor);
      ps.setTimestamp(5, at);
      ps.setString(6, snapshot.toJson());
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        id = keys.getLong(1);
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement("INSERT INTO merge_event_record (merge_id, record_id) VALUES (?, ?)")) {
      for (long r : records) {
        ps.setLong(1, id);
        ps.setLong(2, r);
        ps.addBatch();
      }
      ps.executeBatch();
    }
    return id;
  }

  private Normalizer normalizer(String libraryCode) {
    List<HoldingsMapping> mappings = libraries.find(LibraryCode.of(libraryCode))
        .map(MemberLibrary::settings).map(s -> s.holdings())
        .orElse(List.of(HoldingsMapping.marc21Default(), HoldingsMapping.cnmarcDefault()));
    return new Normalizer(mappings);
  }

}