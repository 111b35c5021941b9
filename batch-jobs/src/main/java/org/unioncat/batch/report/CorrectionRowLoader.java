package org.unioncat.batch.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.unioncat.dedup.store.RunFindings;
import org.unioncat.ingest.finding.Finding;
import org.unioncat.ingest.finding.FindingCode;
import org.unioncat.ingest.finding.FindingMessages;
import org.unioncat.ingest.finding.Severity;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads, from a stored duplicate detection run, the rows of one library's correction report (still
 * without holdings, which {@link CorrectionStore} adds chunk by chunk). Three streams, each in
 * record order:
 *
 * <ol>
 *   <li>every cluster member of the library that is not the kept record, with the kept record: a
 *       duplicate to merge, or a member to check (role FINDING, unless the detector also reports
 *       it as a finding of the same cause, below);
 *   <li>every detector finding on the library's records (causes 3, 5, 7, 10, 11, 12), with the
 *       related record;
 *   <li>the upload findings of the library's active and quarantined records that lead to
 *       duplicates ({@link RecordIssues}), from the batch that last wrote each record, unless the
 *       detector reports the same cause on the record already. Quarantined records are included
 *       because a record refused for having no title (cause 11) never reaches the detector: the
 *       library must still fix and send it again.
 * </ol>
 *
 * <p>Streams with the driver's row-by-row fetch, so a library with millions of rows costs no
 * memory; the connection must not be used for anything else while a stream is open.
 */
final class CorrectionRowLoader {
  /**
   * Who uploaded a record: the vendor when a vendor's account uploaded it (so the center sees
   * which vendors make duplicates), otherwise the uploading user.
   */
  static final String UPLOADER = "COALESCE(b.vendor, b.uploaded_by)";

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

  private static final String CLUSTER_ROWS =
      "SELECT m.record_id, m.local_id, m.cluster_id, m.role, m.cause, m.explanation_en,"
          + " m.explanation_zh, m.action_en, m.action_zh, c.keep_record_id, k.library_code,"
          + " k.local_id"
          + " FROM dedup_member m"
          + " JOIN dedup_cluster c ON c.run_id = m.run_id AND c.cluster_id = m.cluster_id"
          + " JOIN dedup_member k ON k.run_id = m.run_id AND k.cluster_id = m.cluster_id"
          + " AND k.member_no = 0"
          + " WHERE m.run_id = ? AND m.library_code = ? AND m.role <> 'KEEP'"
          + " ORDER BY m.record_id, m.cluster_id";

  private static final String FINDING_ROWS =
      "SELECT f.record_id, f.local_id, f.cause, f.related_record_id, f.detail_en, f.detail_zh,"
          + " f.action_en, f.action_zh, rl.code, rr.local_id,"
          // two equality look-ups: "record_id IN (a, b)" makes MariaDB scan the run's members
          // (a finding row may have been stored by an earlier run: look its clusters up in this
          // run, the first two parameters)
          + " COALESCE((SELECT MIN(dm.cluster_id) FROM dedup_member dm WHERE dm.run_id = ?"
          + " AND dm.record_id = f.record_id), (SELECT MIN(dr.cluster_id) FROM dedup_member dr"
          + " WHERE dr.run_id = ? AND dr.record_id = f.related_record_id))"
          + " FROM dedup_finding f"
          + " LEFT JOIN bib_record rr ON rr.id = f.related_record_id"
          + " LEFT JOIN member_library rl ON rl.id = rr.library_id"
          + " WHERE f.library_code = ? AND " + RunFindings.of("f")
          + " ORDER BY f.record_id, f.cause, f.id";

  // Driven from the library's uploads (index ix_batch_library_sha, then ix_finding_batch): only
  // the records with a finding are read, not every record of the library.
  private static final String RECORD_ROWS =
      "SELECT r.id, r.local_id, v.code, v.tag, v.subfield, v.args, v.record_no, " + UPLOADER + ","
          + " (SELECT MIN(dm.cluster_id) FROM dedup_member dm WHERE dm.run_id = ?"
          + " AND dm.record_id = r.id)"
          + " FROM upload_batch b"
          + " JOIN validation_finding v ON v.batch_id = b.id"
          + " JOIN bib_record r ON r.id = v.record_id AND r.batch_id = v.batch_id"
          + " WHERE b.library_id = ? AND r.status IN ('ACTIVE', 'QUARANTINED')"
          + " AND v.code IN (" + RecordIssues.sqlCodes() + ")"
          + " ORDER BY r.id, v.id";

  // The causes the run gives the library's records, read once per library (indexes
  // ix_dedup_member_library, ix_dedup_finding_library) for the "reported already?" checks. They
  // were point look-ups, one per row: a round trip each, some 100,000 per library at a million
  // records. A record's member and finding rows carry its own (uploading) library's code.
  private static final String MEMBER_CAUSES =
      "SELECT record_id, cause, role FROM dedup_member WHERE run_id = ? AND library_code = ?"
          + " AND cause IS NOT NULL";
  private static final String FINDING_CAUSES =
      "SELECT f.record_id, f.cause FROM dedup_finding f WHERE f.library_code = ? AND "
          + RunFindings.of("f");

  private final long runId;
  private final String library;
  private final long libraryId;

  CorrectionRowLoader(long runId, String library, long libraryId) {
    this.runId = runId;
    this.library = library;
    this.libraryId = libraryId;
  }

  /**
   * Streams every row of the library's report (ids 0, holdings empty, marks open) from {@code c},
   * after reading the causes the run gives the library's records and who uploaded them; {@code
   * lookup}, another connection, answers the rare look-up of a record not uploaded by the library.
   */
  void load(Connection c, Connection lookup, Consumer<CorrectionRow> sink) throws SQLException {
    Uploaders uploaders = Uploaders.of(c, lookup, libraryId);
    RecordCauses member = new RecordCauses();
    RecordCauses duplicate = new RecordCauses();
    RecordCauses finding = new RecordCauses();
    try (PreparedStatement ps = streaming(c, MEMBER_CAUSES)) {
      ps.setLong(1, runId);
      ps.setString(2, library);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          member.add(rs.getLong(1), rs.getInt(2));
          if ("DUPLICATE".equals(rs.getString(3))) {
            duplicate.add(rs.getLong(1), rs.getInt(2));
          }
        }
      }
    }
    try (PreparedStatement ps = streaming(c, FINDING_CAUSES)) {
      ps.setString(1, library);
      ps.setLong(2, RunFindings.from(c, runId));
      ps.setLong(3, runId);
      ps.setLong(4, runId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          finding.add(rs.getLong(1), rs.getInt(2));
        }
      }
    }
    clusterRows(c, finding.done(), uploaders, sink);
    findingRows(c, duplicate.done(), uploaders, sink);
    recordRows(c, member.done(), finding, sink);
  }

  /**
   * (record, cause) pairs as sorted longs (record id × 16 + cause, causes being 1-12): eight bytes
   * a pair, so even a library with a million clustered records costs a few megabytes.
   */
  private static final class RecordCauses {
    private long[] keys = new long[1024];
    private int size;

    void add(long recordId, int cause) {
      if (size == keys.length) {
        keys = java.util.Arrays.copyOf(keys, size * 2);
      }
      keys[size++] = recordId * 16 + cause;
    }

    RecordCauses done() {
      java.util.Arrays.sort(keys, 0, size);
      return this;
    }

    boolean has(long recordId, int cause) {
      return java.util.Arrays.binarySearch(keys, 0, size, recordId * 16 + cause) >= 0;
    }
  }

  private void clusterRows(Connection c, RecordCauses finding, Uploaders uploaders,
      Consumer<CorrectionRow> sink)
      throws SQLException {
    try (PreparedStatement ps = streaming(c, CLUSTER_ROWS)) {
      ps.setLong(1, runId);
      ps.setString(2, library);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long recordId = rs.getLong(1);
          long keepId = rs.getLong(10);
          Integer cause = intOrNull(rs, 5);
          boolean toCheck = "FINDING".equals(rs.getString(4));
          if (toCheck && cause != null && finding.has(recordId, cause)) {
            continue; // a member to report, not merge, is listed once: as the detector's finding
          }
          String key = key("D", recordId, cause == null ? "-" : cause.toString(), keepId);
          RowKind kind = toCheck ? RowKind.FINDING : RowKind.DUPLICATE;
          sink.accept(new CorrectionRow(0, runId, library, key, kind, recordId,
              rs.getString(2), "", "", rs.getLong(3), keepId, rs.getString(11), rs.getString(12),
              cause, rs.getString(4), uploaders.of(recordId), rs.getString(8), rs.getString(9),
              oneLine(rs.getString(6)), oneLine(rs.getString(7)), MarkStatus.OPEN, null));
        }
      }
    }
  }

  private void findingRows(Connection c, RecordCauses duplicate, Uploaders uploaders,
      Consumer<CorrectionRow> sink)
      throws SQLException {
    try (PreparedStatement ps = streaming(c, FINDING_ROWS)) {
      ps.setLong(1, runId);
      ps.setLong(2, runId);
      ps.setString(3, library);
      ps.setLong(4, RunFindings.from(c, runId));
      ps.setLong(5, runId);
      ps.setLong(6, runId);
      SeenPerRecord seen = new SeenPerRecord();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long recordId = rs.getLong(1);
          int cause = rs.getInt(3);
          Long related = longOrNull(rs, 4);
          String key = key("F", recordId, Integer.toString(cause), related == null ? 0 : related);
          if (!seen.first(recordId, key)) {
            continue; // the same finding twice on one record: one row
          }
          if (duplicate.has(recordId, cause)) {
            // The same book twice in one library (cause 12) is both a duplicate to merge and a
            // finding with the same action: the library sees it once, as the duplicate.
            continue;
          }
          sink.accept(new CorrectionRow(0, runId, library, key, RowKind.FINDING, recordId,
              rs.getString(2), "", "", longOrNull(rs, 11), related, rs.getString(9),
              rs.getString(10), cause, "FINDING", uploaders.of(recordId), rs.getString(7),
              rs.getString(8), oneLine(rs.getString(5)), oneLine(rs.getString(6)),
              MarkStatus.OPEN, null));
        }
      }
    }
  }

  private void recordRows(Connection c, RecordCauses member, RecordCauses finding,
      Consumer<CorrectionRow> sink) throws SQLException {
    try (PreparedStatement ps = streaming(c, RECORD_ROWS)) {
      ps.setLong(1, runId);
      ps.setLong(2, libraryId);
      SeenPerRecord seen = new SeenPerRecord();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long recordId = rs.getLong(1);
          FindingCode code = FindingCode.valueOf(rs.getString(3));
          String tag = rs.getString(4);
          String sub = rs.getString(5);
          List<String> args = JSON.readValue(rs.getString(6), STRINGS);
          String field = tag == null ? "" : sub == null || sub.isEmpty() ? tag : tag + "$" + sub;
          // Two findings of one code on one field (two bad ISBNs) differ by their first value.
          String key = key("R", recordId, code.name(), 0) + ":" + field
              + (args.isEmpty() ? "" : ":" + truncate(args.get(0), 60));
          if (!seen.first(recordId, key)) {
            continue;
          }
          RecordIssues.Issue issue = RecordIssues.all().get(code);
          int cause = issue.cause().number();
          if (member.has(recordId, cause) || finding.has(recordId, cause)) {
            continue; // the detector reports this cause on the record already, with more to say
          }
          Finding f = new Finding(code, Severity.WARNING, (int) rs.getLong(7), rs.getString(2), -1,
              tag, sub == null || sub.isEmpty() ? null : sub.charAt(0), args);
          String prefix = field.isEmpty() ? "" : field + ": ";
          sink.accept(new CorrectionRow(0, runId, library, key, RowKind.RECORD, recordId,
              rs.getString(2), "", "", longOrNull(rs, 9), null, null, null,
              issue.cause().number(), code.name(), rs.getString(8), issue.actionEn(),
              issue.actionZh(), oneLine(prefix + FindingMessages.message(f, Locale.ENGLISH)),
              oneLine(prefix + FindingMessages.message(f, FindingMessages.CHINESE)),
              MarkStatus.OPEN, null));
        }
      }
    }
  }

  /** The row key: library, kind letter, record, cause (or code) and the other record. */
  private String key(String kind, long recordId, String causeOrCode, long other) {
    return library + ":" + kind + ":" + recordId + ":" + causeOrCode + ":" + other;
  }

  static PreparedStatement streaming(Connection c, String sql) throws SQLException {
    PreparedStatement ps =
        c.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
    ps.setFetchSize(Jdbc.isMySql(c) ? Integer.MIN_VALUE : 1000);
    return ps;
  }

  private static Integer intOrNull(ResultSet rs, int column) throws SQLException {
    int v = rs.getInt(column);
    return rs.wasNull() ? null : v;
  }

  private static Long longOrNull(ResultSet rs, int column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : v;
  }

  /** Evidence is one line in every format. */
  static String oneLine(String text) {
    return text == null ? "" : text.replaceAll("\\s*[\\r\\n]+\\s*", "; ").trim();
  }

  private static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }

  /**
   * The row keys already given to the current record: the streams come in record order, so only
   * one record's keys need remembering at a time (memory stays flat for any library).
   */
  private static final class SeenPerRecord {
    private final Set<String> keys = new HashSet<>();
    private long record = -1;

    /** True the first time {@code key} comes for {@code recordId}. */
    boolean first(long recordId, String key) {
      if (recordId != record) {
        keys.clear();
        record = recordId;
      }
      return keys.add(key);
    }
  }
}
