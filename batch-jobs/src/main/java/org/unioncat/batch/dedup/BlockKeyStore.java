package org.unioncat.batch.dedup;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.unioncat.dedup.candidate.BlockPairs;
import org.unioncat.dedup.candidate.KeyKind;
import org.unioncat.dedup.candidate.RecordBlockKeys;

/**
 * The stored blocking keys ({@code dedup_block_key}, {@code dedup_block_record}, {@code
 * dedup_block_state}): written whole by a full run, kept up to date by incremental runs, read by
 * block for the blocks of changed records. Multi-row inserts, so that a million records' keys
 * are written in a few thousand statements whatever the driver's batching settings.
 */
final class BlockKeyStore {
  /** Rows per INSERT statement. */
  private static final int ROWS_PER_INSERT = 500;
  /** Ids or hashes per IN list. */
  private static final int IN_LIST = 500;
  private static final KeyKind[] KINDS = KeyKind.values();
  private final JdbcTemplate jdbc;

  BlockKeyStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A block read back: its kind and its members in ascending record id order. */
  record Block(KeyKind kind, List<BlockPairs.Member> members) {}

  /** The job instance the tables are up to date for, if any. */
  Optional<Long> upToDateFor() {
    List<Long> rows = jdbc.queryForList(
        "SELECT job_instance_id FROM dedup_block_state WHERE id = 1", Long.class);
    return rows.stream().findFirst();
  }

  void markUpToDate(long jobInstanceId) {
    jdbc.update("DELETE FROM dedup_block_state WHERE id = 1");
    jdbc.update("INSERT INTO dedup_block_state (id, job_instance_id) VALUES (1, ?)",
        jobInstanceId);
  }

  /** While the keys change: not usable until {@link #markUpToDate} again. */
  void clearState() {
    jdbc.update("DELETE FROM dedup_block_state WHERE id = 1");
  }

  /** Records with stored keys (every ACTIVE record with a normalized view, when up to date). */
  long countRecords() {
    Long n = jdbc.queryForObject("SELECT COUNT(*) FROM dedup_block_record", Long.class);
    return n == null ? 0 : n;
  }

  /** Before a full rewrite: the tables are not usable until {@link #markUpToDate} again. */
  void clearAll() {
    jdbc.update("DELETE FROM dedup_block_state WHERE id = 1");
    jdbc.execute("TRUNCATE TABLE dedup_block_key");
    jdbc.execute("TRUNCATE TABLE dedup_block_record");
  }

  /**
   * Records with stored keys that are no longer ACTIVE (deleted, merged away, quarantined).
   * Records are never removed from {@code bib_record}, only given another status, so this is
   * driven from the non-ACTIVE records (index {@code ix_record_status}) with a look-up in the
   * small key table: checking every keyed record against {@code bib_record} instead read the
   * whole record table (20-30 s at a million records through a 128 MB buffer pool).
   */
  List<Long> gone() {
    return jdbc.queryForList(
        "SELECT b.id FROM bib_record b WHERE b.status <> 'ACTIVE'"
            + " AND EXISTS (SELECT 1 FROM dedup_block_record r WHERE r.record_id = b.id)",
        Long.class);
  }

  /** The stored keys' hashes of these records, and the sum of their key counts. */
  record Stored(Set<Long> hashes, long keyCount) {}

  Stored stored(Collection<Long> recordIds) {
    Set<Long> hashes = new HashSet<>();
    long keyCount = 0;
    for (List<Long> ids : slices(new ArrayList<>(recordIds))) {
      String in = placeholders(ids.size());
      jdbc.query("SELECT key_hash FROM dedup_block_key WHERE record_id IN (" + in + ")",
          rs -> {
            hashes.add(rs.getLong(1));
          }, ids.toArray());
      Long n = jdbc.queryForObject(
          "SELECT COALESCE(SUM(key_count), 0) FROM dedup_block_record WHERE record_id IN ("
              + in + ")", Long.class, ids.toArray());
      keyCount += n == null ? 0 : n;
    }
    return new Stored(hashes, keyCount);
  }

  /** Removes the stored keys of these records. */
  void delete(Collection<Long> recordIds) {
    for (List<Long> ids : slices(new ArrayList<>(recordIds))) {
      String in = placeholders(ids.size());
      jdbc.update("DELETE FROM dedup_block_key WHERE record_id IN (" + in + ")", ids.toArray());
      jdbc.update("DELETE FROM dedup_block_record WHERE record_id IN (" + in + ")",
          ids.toArray());
    }
  }

  /**
   * A full rewrite's keys, after {@link #clearAll}: the record rows in record order, the key rows
   * sorted by primary key (hash, record), so that InnoDB appends to its clustered index instead
   * of splitting pages at random all over a table larger than its buffer pool; on MySQL/MariaDB
   * the secondary index on {@code record_id} is dropped first and built again at the end, by
   * one sort, instead of being updated row by row. {@code inTransaction} runs each slice of
   * writes in a transaction of its own. A run interrupted between the two leaves the index
   * missing and the keys marked unusable; the next run rewrites them all, and ends by adding it.
   */
  void rewriteAll(List<RecordBlockKeys> records, java.util.function.Consumer<Runnable> inTransaction) {
    boolean mySql = isMySql();
    if (mySql) {
      jdbc.execute("ALTER TABLE dedup_block_key DROP INDEX IF EXISTS idx_dedup_block_key_record");
    }
    int slice = 20 * ROWS_PER_INSERT;
    List<Object[]> recordRows = new ArrayList<>(records.size());
    int keyCount = 0;
    for (RecordBlockKeys r : records) {
      recordRows.add(new Object[] {r.recordId(), r.year(), r.authorHash(), r.keyCount()});
      keyCount += r.keys().size();
    }
    for (int from = 0; from < recordRows.size(); from += slice) {
      List<Object[]> rows = recordRows.subList(from, Math.min(recordRows.size(), from + slice));
      inTransaction.accept(() -> insertRows(
          "dedup_block_record (record_id, trusted_year, author_hash, key_count)", 4, rows));
    }
    recordRows = null;
    KeyRow[] keyRows = new KeyRow[keyCount];
    int k = 0;
    for (RecordBlockKeys r : records) {
      for (RecordBlockKeys.Key key : r.keys()) {
        keyRows[k++] = new KeyRow(key.hash(), r.recordId(), key.kind().ordinal(), key.needy());
      }
    }
    java.util.Arrays.parallelSort(keyRows);
    for (int from = 0; from < keyRows.length; from += slice) {
      List<Object[]> rows = new ArrayList<>(slice);
      for (int i = from; i < Math.min(keyRows.length, from + slice); i++) {
        KeyRow r = keyRows[i];
        rows.add(new Object[] {r.hash, r.recordId, r.kind, r.needy ? 1 : 0});
      }
      inTransaction.accept(
          () -> insertRows("dedup_block_key (key_hash, record_id, kind, needy)", 4, rows));
    }
    if (mySql) {
      jdbc.execute("ALTER TABLE dedup_block_key ADD INDEX IF NOT EXISTS"
          + " idx_dedup_block_key_record (record_id)");
    }
  }

  /** A key row, ordered as the primary key (a record has each hash at most once). */
  private record KeyRow(long hash, long recordId, int kind, boolean needy)
      implements Comparable<KeyRow> {
    @Override
    public int compareTo(KeyRow o) {
      int c = Long.compare(hash, o.hash);
      return c != 0 ? c : Long.compare(recordId, o.recordId);
    }
  }

  private boolean isMySql() {
    return Boolean.TRUE.equals(jdbc.execute((java.sql.Connection c) -> {
      String product = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
      return product.contains("mysql") || product.contains("mariadb");
    }));
  }

  /** Stores these records' keys (none of them may have stored keys). */
  void insert(List<RecordBlockKeys> records) {
    List<Object[]> keyRows = new ArrayList<>();
    List<Object[]> recordRows = new ArrayList<>(records.size());
    for (RecordBlockKeys r : records) {
      recordRows.add(new Object[] {r.recordId(), r.year(), r.authorHash(), r.keyCount()});
      for (RecordBlockKeys.Key k : r.keys()) {
        keyRows.add(new Object[] {k.hash(), r.recordId(), k.kind().ordinal(), k.needy() ? 1 : 0});
      }
    }
    insertRows("dedup_block_record (record_id, trusted_year, author_hash, key_count)", 4,
        recordRows);
    // in index order, for the same reason as the look-ups (see slices)
    keyRows.sort(java.util.Comparator.comparingLong((Object[] row) -> (Long) row[0])
        .thenComparingLong(row -> (Long) row[1]));
    insertRows("dedup_block_key (key_hash, record_id, kind, needy)", 4, keyRows);
  }

  /** The blocks with these hashes as they are stored now, by hash. */
  Map<Long, Block> blocks(Collection<Long> hashes) {
    Map<Long, Block> out = new HashMap<>();
    for (List<Long> slice : slices(new ArrayList<>(hashes))) {
      jdbc.query(
          "SELECT k.key_hash, k.record_id, k.kind, k.needy, r.trusted_year, r.author_hash"
              + " FROM dedup_block_key k JOIN dedup_block_record r ON r.record_id = k.record_id"
              + " WHERE k.key_hash IN (" + placeholders(slice.size()) + ")"
              + " ORDER BY k.key_hash, k.record_id",
          rs -> {
            long hash = rs.getLong(1);
            int year = rs.getInt(5);
            Integer trusted = rs.wasNull() ? null : year;
            out.computeIfAbsent(hash, h -> {
              try {
                return new Block(KINDS[rs.getInt(3)], new ArrayList<>());
              } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
              }
            }).members().add(
                new BlockPairs.Member(rs.getLong(2), rs.getInt(4) != 0, trusted, rs.getLong(6)));
          },
          slice.toArray());
    }
    return out;
  }

  /**
   * The blocks {@code before} as they are once the keys of {@code removed} records are deleted
   * and those of {@code added} inserted: what {@link #blocks} reads back after such a change, for
   * the same hashes, computed without reading them again (an incremental run's blocks are tens
   * of thousands of index look-ups in a key table larger than the database's buffer pool).
   *
   * @param before every stored block with one of the hashes that matter (others need not be)
   * @param removed records whose keys are deleted
   * @param added records whose keys are inserted (each key's hash must be one that matters)
   */
  static Map<Long, Block> afterReplacing(
      Map<Long, Block> before, Set<Long> removed, List<RecordBlockKeys> added) {
    Map<Long, Block> out = new HashMap<>();
    before.forEach((hash, block) -> {
      List<BlockPairs.Member> kept = new ArrayList<>();
      for (BlockPairs.Member m : block.members()) {
        if (!removed.contains(m.recordId())) {
          kept.add(m);
        }
      }
      out.put(hash, new Block(block.kind(), kept));
    });
    for (RecordBlockKeys r : added) {
      for (RecordBlockKeys.Key k : r.keys()) {
        out.computeIfAbsent(k.hash(), h -> new Block(k.kind(), new ArrayList<>())).members()
            .add(new BlockPairs.Member(r.recordId(), k.needy(), r.year(), r.authorHash()));
      }
    }
    out.values().removeIf(b -> b.members().isEmpty());
    for (Block b : out.values()) {
      b.members().sort(java.util.Comparator.comparingLong(BlockPairs.Member::recordId));
    }
    return out;
  }

  private void insertRows(String tableAndColumns, int columns, List<Object[]> rows) {
    for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
      List<Object[]> slice = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
      StringBuilder sql = new StringBuilder("INSERT INTO ").append(tableAndColumns).append(" VALUES ");
      Object[] args = new Object[slice.size() * columns];
      int a = 0;
      for (int i = 0; i < slice.size(); i++) {
        sql.append(i == 0 ? "(" : ",(").append(placeholders(columns)).append(')');
        for (Object v : slice.get(i)) {
          args[a++] = v;
        }
      }
      jdbc.update(sql.toString(), args);
    }
  }

  /**
   * The values in ascending order, cut into IN lists. Ascending matters: the key table is larger
   * than the database's buffer pool, and look-ups in index order read each page once, in order,
   * where random order read a page per look-up (tens of thousands a night).
   */
  private static List<List<Long>> slices(List<Long> all) {
    all.sort(null);
    List<List<Long>> out = new ArrayList<>();
    for (int from = 0; from < all.size(); from += IN_LIST) {
      out.add(all.subList(from, Math.min(all.size(), from + IN_LIST)));
    }
    return out;
  }

  private static String placeholders(int n) {
    return String.join(",", java.util.Collections.nCopies(n, "?"));
  }
}
