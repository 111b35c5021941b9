package org.unioncat.ingest.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Upload batches (table {@code upload_batch}): created when a file arrives, updated in the same
 * transaction as each chunk of records, so the counts and {@code last_ordinal} never disagree
 * with what is stored. Thread-safe (a connection per call, or the caller's for chunk updates).
 */
public final class BatchStore {
  private static final String COLUMNS =
      "b.id, b.library_id, l.code, b.uploaded_by, b.uploaded_at, b.file_name, b.file_size,"
          + " b.sha256, b.container_format, b.flavours, b.encodings, b.status, b.records_total,"
          + " b.records_done, b.accepted, b.rejected, b.with_warnings, b.unchanged, b.replaced,"
          + " b.deletions,"
          + " b.duplicates_found, b.last_ordinal, b.message, b.vendor";
  private final DataSource dataSource;

  public BatchStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Registers a new batch in status RECEIVED, sent by the library itself, and returns it. */
  public UploadBatch create(
      MemberLibrary library, String uploadedBy, String fileName, long fileSize, String sha256) {
    return create(library, uploadedBy, null, fileName, fileSize, sha256);
  }

  /**
   * Registers a new batch in status RECEIVED and returns it.
   *
   * @param vendor the vendor that sent it for the library, or null when the library (or the
   *     operator) sent it itself; every record of the batch is thereby tagged with the vendor
   */
  public UploadBatch create(
      MemberLibrary library, String uploadedBy, String vendor, String fileName, long fileSize,
      String sha256) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO upload_batch (library_id, uploaded_by, file_name, file_size, sha256,"
                    + " status, vendor) VALUES (?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
      ps.setLong(1, library.id());
      ps.setString(2, uploadedBy);
      ps.setString(3, truncate(fileName, 500));
      ps.setLong(4, fileSize);
      ps.setString(5, sha256);
      ps.setString(6, BatchStatus.RECEIVED.name());
      ps.setString(7, vendor);
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        return find(keys.getLong(1)).orElseThrow();
      }
    } catch (SQLException e) {
      throw new StoreException("registering an upload", e);
    }
  }

  public Optional<UploadBatch> find(long id) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT " + COLUMNS + " FROM upload_batch b JOIN member_library l"
                    + " ON l.id = b.library_id WHERE b.id = ?")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(map(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new StoreException("reading upload " + id, e);
    }
  }

  /**
   * An earlier batch of this library with the same file content that finished, if any: uploading
   * the same file twice creates nothing new.
   */
  public Optional<UploadBatch> findDone(long libraryId, String sha256, long exceptId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT " + COLUMNS + " FROM upload_batch b JOIN member_library l"
                    + " ON l.id = b.library_id WHERE b.library_id = ? AND b.sha256 = ?"
                    + " AND b.status = ? AND b.id <> ? ORDER BY b.id LIMIT 1")) {
      ps.setLong(1, libraryId);
      ps.setString(2, sha256);
      ps.setString(3, BatchStatus.DONE.name());
      ps.setLong(4, exceptId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(map(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new StoreException("looking for an earlier upload of the same file", e);
    }
  }

  /** Batches in any of these statuses, oldest first (used to resume after a restart). */
  public List<UploadBatch> findByStatus(List<BatchStatus> statuses) {
    StringBuilder in = new StringBuilder();
    for (int i = 0; i < statuses.size(); i++) {
      in.append(i == 0 ? "?" : ",?");
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT " + COLUMNS + " FROM upload_batch b JOIN member_library l"
                    + " ON l.id = b.library_id WHERE b.status IN (" + in + ") ORDER BY b.id")) {
      for (int i = 0; i < statuses.size(); i++) {
        ps.setString(i + 1, statuses.get(i).name());
      }
      List<UploadBatch> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(map(rs));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("listing uploads", e);
    }
  }

  /** Sets the status and message (and the detected format) outside any chunk. */
  public void setStatus(long id, BatchStatus status, String message) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement("UPDATE upload_batch SET status = ?, message = ? WHERE id = ?")) {
      ps.setString(1, status.name());
      ps.setString(2, truncate(message, 2000));
      ps.setLong(3, id);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException("updating upload " + id, e);
    }
  }

  /** Adds one chunk's counts, on the chunk's own connection (same transaction as its records). */
  public void addChunk(Connection c, long id, ChunkCounts counts, long lastOrdinal, String flavours,
      String encodings, String format) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE upload_batch SET records_done = records_done + ?, accepted = accepted + ?,"
                + " rejected = rejected + ?, with_warnings = with_warnings + ?,"
                + " unchanged = unchanged + ?, replaced = replaced + ?, deletions = deletions + ?,"
                + " duplicates_found = duplicates_found + ?,"
                + " last_ordinal = ?, records_total = GREATEST(records_total, ?),"
                + " flavours = ?, encodings = ?, container_format = ? WHERE id = ?")) {
      ps.setLong(1, counts.records());
      ps.setLong(2, counts.accepted());
      ps.setLong(3, counts.rejected());
      ps.setLong(4, counts.withWarnings());
      ps.setLong(5, counts.unchanged());
      ps.setLong(6, counts.replaced());
      ps.setLong(7, counts.deletions());
      ps.setLong(8, counts.duplicatesFound());
      ps.setLong(9, lastOrdinal);
      ps.setLong(10, lastOrdinal);
      ps.setString(11, truncate(flavours, 200));
      ps.setString(12, truncate(encodings, 200));
      ps.setString(13, format);
      ps.setLong(14, id);
      ps.executeUpdate();
    }
  }

  private static UploadBatch map(ResultSet rs) throws SQLException {
    return new UploadBatch(
        rs.getLong(1),
        rs.getLong(2),
        rs.getString(3),
        rs.getString(4),
        rs.getTimestamp(5).toInstant(),
        rs.getString(6),
        rs.getLong(7),
        rs.getString(8),
        rs.getString(9),
        rs.getString(10),
        rs.getString(11),
        BatchStatus.valueOf(rs.getString(12)),
        rs.getLong(13),
        rs.getLong(14),
        rs.getLong(15),
        rs.getLong(16),
        rs.getLong(17),
        rs.getLong(18),
        rs.getLong(19),
        rs.getLong(20),
        rs.getLong(21),
        rs.getLong(22),
        rs.getString(23),
        rs.getString(24));
  }

  static String truncate(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
