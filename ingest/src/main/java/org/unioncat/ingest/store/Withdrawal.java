package org.unioncat.ingest.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.unioncat.ingest.finding.Finding;
import org.unioncat.ingest.finding.FindingCode;

/**
 * What a library's deletion request (leader/05 = d) does to the shared catalog. A union catalog
 * record is shared: other libraries may hang their holdings on it (a merge moves them there), so
 * a library deleting "its" record withdraws its own holdings, and the bibliographic record goes
 * only when no other library holds it:
 *
 * <ul>
 *   <li>the library's ACTIVE record with that 001, held by no other library: marked DELETED (it
 *       leaves the index), as before;
 *   <li>the same record held by other libraries as well: stays ACTIVE for them; only the
 *       library's own holdings are removed ({@code DELETION_KEPT_FOR_OTHER_HOLDINGS});
 *   <li>no ACTIVE record, but the library's record with that 001 was merged into another: nothing
 *       is deleted — the record is already gone, and the library's holdings moved to the record
 *       kept, where its items still are (deleting the merged copy locally is what the correction
 *       report asks for). The library is told where they are ({@code DELETION_OF_MERGED_RECORD}).
 * </ul>
 *
 * Runs inside the chunk's transaction, on its connection.
 */
final class Withdrawal {
  /** Merges of merges are rare; a longer chain than this is a data problem, not followed. */
  private static final int MAX_CHAIN = 16;

  /**
   * @param deleted the record marked DELETED, or null
   * @param refreshed a record that stays ACTIVE with fewer holdings than before (to re-index), or
   *     null
   * @param finding what the library is told, or null when the plain deletion needs no word
   */
  record Outcome(Long deleted, Long refreshed, Finding finding) {
    static final Outcome NOTHING = new Outcome(null, null, null);
  }

  private Withdrawal() {}

  /**
   * @param activeTarget the library's ACTIVE record with the request's 001, or null
   * @param localId the request's 001, or null
   */
  static Outcome apply(Connection c, long libraryId, Long activeTarget, String localId)
      throws SQLException {
    if (activeTarget != null) {
      long others = otherHoldingLibraries(c, activeTarget, libraryId);
      if (others == 0) {
        markDeleted(c, activeTarget);
        return new Outcome(activeTarget, null, null);
      }
      int removed = removeHoldings(c, activeTarget, libraryId);
      touch(c, activeTarget); // its holdings changed: the next nightly run looks at it again
      return new Outcome(null, activeTarget, Finding.of(
          FindingCode.DELETION_KEPT_FOR_OTHER_HOLDINGS, null, null, activeTarget, others, removed));
    }
    if (localId == null) {
      return Outcome.NOTHING;
    }
    Long merged = mergedRecord(c, libraryId, localId);
    if (merged == null) {
      return Outcome.NOTHING;
    }
    List<Long> chain = chainFrom(c, merged);
    long survivor = chain.get(chain.size() - 1);
    return new Outcome(null, null, Finding.of(
        FindingCode.DELETION_OF_MERGED_RECORD, null, null, survivor));
  }

  private static long otherHoldingLibraries(Connection c, long recordId, long libraryId)
      throws SQLException {
    return count(c, "SELECT COUNT(DISTINCT library_id) FROM holding WHERE record_id = ?"
        + " AND library_id <> ?", recordId, libraryId);
  }

  private static int removeHoldings(Connection c, long recordId, long libraryId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("DELETE FROM holding WHERE record_id = ? AND library_id = ?")) {
      ps.setLong(1, recordId);
      ps.setLong(2, libraryId);
      return ps.executeUpdate();
    }
  }

  private static void touch(Connection c, long id) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("UPDATE bib_record SET updated_at = CURRENT_TIMESTAMP WHERE id = ?")) {
      ps.setLong(1, id);
      ps.executeUpdate();
    }
  }

  private static void markDeleted(Connection c, long id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "UPDATE bib_record SET status = 'DELETED', updated_at = CURRENT_TIMESTAMP WHERE id = ?")) {
      ps.setLong(1, id);
      ps.executeUpdate();
    }
  }

  /** The library's most recent record with this 001 that was merged into another, or null. */
  private static Long mergedRecord(Connection c, long libraryId, String localId)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT id FROM bib_record WHERE library_id = ? AND local_id = ? AND status = 'MERGED'"
            + " AND merged_into IS NOT NULL ORDER BY id DESC")) {
      ps.setLong(1, libraryId);
      ps.setString(2, localId);
      ps.setMaxRows(1);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : null;
      }
    }
  }

  /** {@code from}, the record it was merged into, and so on to the end of the chain. */
  private static List<Long> chainFrom(Connection c, long from) throws SQLException {
    List<Long> chain = new ArrayList<>();
    chain.add(from);
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT merged_into FROM bib_record WHERE id = ? AND status = 'MERGED'")) {
      long at = from;
      for (int i = 0; i < MAX_CHAIN; i++) {
        ps.setLong(1, at);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next() || rs.getObject(1) == null || chain.contains(rs.getLong(1))) {
            break;
          }
          at = rs.getLong(1);
          chain.add(at);
        }
      }
    }
    return chain;
  }

  private static long count(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setLong(i + 1, ((Number) params[i]).longValue());
      }
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
