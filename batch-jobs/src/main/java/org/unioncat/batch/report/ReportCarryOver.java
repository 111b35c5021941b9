package org.unioncat.batch.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.unioncat.ingest.store.StoreException;

/**
 * Which libraries' reports of a run would come out exactly as in the previous run with built
 * reports, so their rows can be copied instead of built again (most libraries, on a night when
 * a few uploaded). A library's rows are built from (see {@code CorrectionRowLoader}):
 *
 * <ul>
 *   <li>the run's clusters with a member of the library and the library's findings — compared
 *       through the digests the nightly job stores with each run ({@code dedup_run_library});
 *   <li>the library's own records, their holdings, uploads and upload findings — unchanged when
 *       none of its records has {@code updated_at} at or after the previous run's start (every
 *       upload, replacement, deletion and merge sets it; holdings change only with them).
 * </ul>
 *
 * Marks and the library's language are applied when a report is read, not stored in rows.
 * Available only when both runs have their digests (runs made by the nightly job).
 */
final class ReportCarryOver {
  private final long fromRunId;
  private final Map<String, String> digestsNow;
  private final Map<String, String> digestsBefore;
  private final Set<Long> librariesChanged;

  private ReportCarryOver(long fromRunId, Map<String, String> digestsNow,
      Map<String, String> digestsBefore, Set<Long> librariesChanged) {
    this.fromRunId = fromRunId;
    this.digestsNow = digestsNow;
    this.digestsBefore = digestsBefore;
    this.librariesChanged = librariesChanged;
  }

  /** The run whose rows are copied. */
  long fromRunId() {
    return fromRunId;
  }

  /** Whether the library's rows of this run equal those of {@link #fromRunId}. */
  boolean unchanged(String libraryCode, long libraryId) {
    return !librariesChanged.contains(libraryId)
        && Objects.equals(digestsNow.get(libraryCode), digestsBefore.get(libraryCode));
  }

  /** For run {@code runId}: the previous run to carry rows over from, if there is one. */
  static Optional<ReportCarryOver> find(DataSource dataSource, long runId) {
    try (Connection c = dataSource.getConnection()) {
      if (!hasDigests(c, runId)) {
        return Optional.empty();
      }
      long from;
      Timestamp since;
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT r.id, r.started_at FROM dedup_run r"
              + " JOIN correction_build b ON b.run_id = r.id AND b.status = 'DONE'"
              + " WHERE r.id < ? AND r.status = 'DONE' AND r.library_digests = 1"
              + " ORDER BY r.id DESC LIMIT 1")) {
        ps.setLong(1, runId);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            return Optional.empty();
          }
          from = rs.getLong(1);
          // Whole seconds, as MariaDB keeps them: an update in the same second counts as after.
          since = Timestamp.from(rs.getTimestamp(2).toInstant().truncatedTo(ChronoUnit.SECONDS));
        }
      }
      Set<Long> changed = new HashSet<>();
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT DISTINCT library_id FROM bib_record WHERE updated_at >= ?")) {
        ps.setTimestamp(1, since);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            changed.add(rs.getLong(1));
          }
        }
      }
      return Optional.of(new ReportCarryOver(from, digests(c, runId), digests(c, from), changed));
    } catch (SQLException e) {
      throw new StoreException("comparing the reports of run " + runId + " with the last ones", e);
    }
  }

  private static boolean hasDigests(Connection c, long runId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT library_digests FROM dedup_run WHERE id = ?")) {
      ps.setLong(1, runId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() && rs.getInt(1) == 1;
      }
    }
  }

  private static Map<String, String> digests(Connection c, long runId) throws SQLException {
    Map<String, String> out = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT library_code, digest FROM dedup_run_library WHERE run_id = ?")) {
      ps.setLong(1, runId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getString(1), rs.getString(2));
        }
      }
    }
    return out;
  }
}
