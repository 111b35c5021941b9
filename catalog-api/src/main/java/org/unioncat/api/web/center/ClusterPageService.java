package org.unioncat.api.web.center;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.unioncat.api.web.Texts;
import org.unioncat.api.web.record.DigestLabel;
import org.unioncat.api.web.record.RecordDigest;
import org.unioncat.api.web.record.RecordPageService;
import org.unioncat.dedup.Cause;
import org.unioncat.error.NotFoundException;
import org.unioncat.ingest.load.StoredRecordDecoder;
import org.unioncat.ingest.store.CatalogQueries;
import org.unioncat.ingest.store.StoredRecord;

/**
 * Builds the cluster page from the latest run's members and the records as they are now in the
 * catalog: a column per record, a row per label, each cell compared with the kept record's.
 */
@Service
public class ClusterPageService {
  private final JdbcClient jdbc;
  private final ClusterQueueQueries queue;
  private final CatalogQueries catalog;
  private final ClusterDecisions decisions;

  ClusterPageService(
      JdbcClient jdbc, ClusterQueueQueries queue, CatalogQueries catalog, ClusterDecisions decisions) {
    this.jdbc = jdbc;
    this.queue = queue;
    this.catalog = catalog;
    this.decisions = decisions;
  }

  private record MemberRow(
      long recordId, String library, String localId, String role, Integer cause, double score,
      String explanationEn, String explanationZh, String actionEn, String actionZh) {}

  /** The cluster's member record ids, kept record first. */
  public List<Long> memberIds(long clusterId) {
    return members(runOf(clusterId), clusterId).stream().map(MemberRow::recordId).toList();
  }

  public ClusterPage page(long clusterId, Locale locale) {
    long runId = runOf(clusterId);
    List<MemberRow> rows = members(runId, clusterId);
    long keepId = rows.get(0).recordId();
    List<ClusterPage.Member> members = new ArrayList<>();
    List<RecordDigest> digests = new ArrayList<>();
    boolean merged = false;
    for (MemberRow m : rows) {
      Optional<StoredRecord> stored = catalog.record(m.recordId());
      RecordDigest digest =
          RecordDigest.of(
              stored.flatMap(StoredRecordDecoder::decode).orElse(null),
              RecordPageService.flavourOf(stored.map(StoredRecord::flavour).orElse("")));
      digests.add(digest);
      String recordStatus = stored.map(s -> s.status().name()).orElse("DELETED");
      Long mergedInto = stored.map(StoredRecord::mergedInto).orElse(null);
      merged |= "MERGED".equals(recordStatus) && mergedInto != null && mergedInto == keepId;
      members.add(
          new ClusterPage.Member(
              m.recordId(), m.library(), m.localId(), m.role(), m.cause(),
              m.cause() == null ? "" : causeName(Cause.ofNumber(m.cause()), locale),
              m.score(), Texts.pick(locale, m.explanationEn(), m.explanationZh()),
              Texts.pick(locale, m.actionEn(), m.actionZh()), m.recordId() == keepId,
              recordStatus, mergedInto,
              catalog.holdings(m.recordId()).stream()
                  .map(h -> new ClusterPage.Holding(h.libraryCode(), h.callNumber(), h.barcode(), h.location()))
                  .toList()));
    }
    List<ClusterPage.Row> table = new ArrayList<>();
    RecordDigest kept = digests.get(0);
    for (DigestLabel label : DigestLabel.values()) {
      List<ClusterPage.Cell> cells = new ArrayList<>();
      for (RecordDigest d : digests) {
        cells.add(new ClusterPage.Cell(d.text(label), d != kept && d.differsFrom(kept, label)));
      }
      table.add(new ClusterPage.Row(label.messageKey(), cells));
    }
    String status = merged ? "MERGED" : rejected(rows) ? "REJECTED" : "OPEN";
    var available = decisions.available();
    return new ClusterPage(
        clusterId, runId, keepId, status, members, table,
        available.contains(ClusterDecisions.Operation.MERGE) && !merged,
        available.contains(ClusterDecisions.Operation.UNDO) && merged,
        available.contains(ClusterDecisions.Operation.CHANGE_KEPT) && !merged);
  }

  public static String causeName(Cause cause, Locale locale) {
    return cause.number() + " · " + Texts.pick(locale, cause.nameEn(), cause.nameZh());
  }

  private long runOf(long clusterId) {
    long runId =
        queue.latestRun()
            .orElseThrow(() -> new NotFoundException(
                "Duplicate detection has not run yet.", "尚未运行查重。"));
    Integer present =
        jdbc.sql("SELECT COUNT(*) FROM dedup_cluster WHERE run_id = ? AND cluster_id = ?")
            .params(runId, clusterId)
            .query(Integer.class)
            .single();
    if (present == 0) {
      throw new NotFoundException(
          "Cluster " + clusterId + " is not in the latest duplicate detection run (run " + runId
              + "): it was merged, rejected or no longer found.",
          "最新一次查重（第 " + runId + " 次）中没有重复组 " + clusterId + "：它已被合并、判定为不是重复，或不再被检出。");
    }
    return runId;
  }

  private List<MemberRow> members(long runId, long clusterId) {
    return jdbc.sql(
            "SELECT record_id, library_code, local_id, role, cause, score, explanation_en,"
                + " explanation_zh, action_en, action_zh FROM dedup_member"
                + " WHERE run_id = ? AND cluster_id = ? ORDER BY member_no")
        .params(runId, clusterId)
        .query(
            (rs, i) -> {
              int cause = rs.getInt(5);
              Integer c = rs.wasNull() ? null : cause;
              return new MemberRow(
                  rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), c,
                  rs.getDouble(6), rs.getString(7), rs.getString(8), rs.getString(9),
                  rs.getString(10));
            })
        .list();
  }

  private boolean rejected(List<MemberRow> rows) {
    for (int i = 0; i < rows.size(); i++) {
      for (int j = i + 1; j < rows.size(); j++) {
        long a = Math.min(rows.get(i).recordId(), rows.get(j).recordId());
        long b = Math.max(rows.get(i).recordId(), rows.get(j).recordId());
        Integer n =
            jdbc.sql("SELECT COUNT(*) FROM dedup_decision WHERE first_record_id = ? AND second_record_id = ?")
                .params(a, b)
                .query(Integer.class)
                .single();
        if (n > 0) {
          return true;
        }
      }
    }
    return false;
  }
}
