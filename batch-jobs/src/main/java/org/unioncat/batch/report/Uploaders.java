package org.unioncat.batch.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who uploaded each of a library's records ({@link CorrectionRowLoader#UPLOADER}: the vendor,
 * else the uploading user), read once per library from its uploads through the index {@code
 * ix_record_batch (batch_id, ordinal)}, which holds the record id: no read of the record table
 * itself. Joining {@code bib_record} per report row instead cost a random read of that large
 * table per row — about half of building the reports at a million records with a 128 MB buffer
 * pool. Record ids in a sorted array, uploaders as indexes into a short list: twelve bytes a
 * record. A record not found among the library's uploads is looked up on its own.
 */
final class Uploaders {
  private static final String OF_LIBRARY =
      "SELECT r.id, " + CorrectionRowLoader.UPLOADER + " FROM upload_batch b"
          + " JOIN bib_record r ON r.batch_id = b.id WHERE b.library_id = ? ORDER BY r.id";
  private static final String OF_RECORD =
      "SELECT " + CorrectionRowLoader.UPLOADER + " FROM bib_record r"
          + " LEFT JOIN upload_batch b ON b.id = r.batch_id WHERE r.id = ?";

  private final long[] ids;
  private final int[] uploader;
  private final List<String> names;
  private final Connection lookup;

  private Uploaders(long[] ids, int[] uploader, List<String> names, Connection lookup) {
    this.ids = ids;
    this.uploader = uploader;
    this.names = names;
    this.lookup = lookup;
  }

  /** Reads the library's records' uploaders on {@code c}; {@code lookup} serves the others. */
  static Uploaders of(Connection c, Connection lookup, long libraryId) throws SQLException {
    long[] ids = new long[1024];
    int[] uploader = new int[1024];
    int n = 0;
    List<String> names = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    boolean sorted = true;
    try (PreparedStatement ps = CorrectionRowLoader.streaming(c, OF_LIBRARY)) {
      ps.setLong(1, libraryId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          if (n == ids.length) {
            ids = Arrays.copyOf(ids, n * 2);
            uploader = Arrays.copyOf(uploader, n * 2);
          }
          ids[n] = rs.getLong(1);
          sorted &= n == 0 || ids[n - 1] < ids[n];
          String name = rs.getString(2);
          uploader[n] = index.computeIfAbsent(name == null ? "\u0000" : name, k -> {
            names.add(k);
            return names.size() - 1;
          });
          n++;
        }
      }
    }
    if (!sorted) {
      throw new IllegalStateException("records of library " + libraryId + " not in id order");
    }
    return new Uploaders(Arrays.copyOf(ids, n), Arrays.copyOf(uploader, n), names, lookup);
  }

  /** Who uploaded the record (null when nobody is named, or there is no such record). */
  String of(long recordId) throws SQLException {
    int i = Arrays.binarySearch(ids, recordId);
    if (i >= 0) {
      String name = names.get(uploader[i]);
      return name.equals("\u0000") ? null : name;
    }
    try (PreparedStatement ps = lookup.prepareStatement(OF_RECORD)) {
      ps.setLong(1, recordId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }
}
