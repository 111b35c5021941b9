package org.unioncat.batch.dedup;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.unioncat.dedup.candidate.IdPair;
import org.unioncat.dedup.compare.Verdict;

/**
 * The job's own rows: pairs to score, scored pairs, changed records and unreliable ISBNs per job
 * instance, and the job's columns of {@code dedup_run}. Through {@link JdbcTemplate}, so writes
 * made inside a chunk commit together with the chunk's checkpoint.
 */
public final class DedupJobStore {
  private final JdbcTemplate jdbc;

  public DedupJobStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The previous successful job run: its dedup run, job instance, high-water mark, start. */
  public record PreviousRun(long runId, long jobInstanceId, long highWaterId, Instant startedAt) {}

  /** The latest DONE run made by the job (runs made by other means do not count). */
  public Optional<PreviousRun> previousRun(long beforeJobInstanceId) {
    List<PreviousRun> rows = jdbc.query(
        "SELECT id, job_instance_id, high_water_id, started_at FROM dedup_run"
            + " WHERE status = 'DONE' AND job_instance_id IS NOT NULL AND job_instance_id < ?"
            + " ORDER BY id DESC LIMIT 1",
        (rs, i) -> new PreviousRun(rs.getLong(1), rs.getLong(2), rs.getLong(3),
            rs.getTimestamp(4).toInstant()),
        beforeJobInstanceId);
    return rows.stream().findFirst();
  }

  /** The latest DONE run of any kind (the one whose cluster ids must stay stable). */
  public Optional<Long> latestDoneRun() {
    List<Long> ids = jdbc.queryForList(
        "SELECT id FROM dedup_run WHERE status = 'DONE' ORDER BY id DESC LIMIT 1", Long.class);
    return ids.stream().findFirst();
  }

  /** The dedup run a job instance made, with its status. */
  public record JobRun(long runId, String status) {}

  public Optional<JobRun> runOf(long jobInstanceId) {
    List<JobRun> rows = jdbc.query(
        "SELECT id, status FROM dedup_run WHERE job_instance_id = ? ORDER BY id DESC LIMIT 1",
        (rs, i) -> new JobRun(rs.getLong(1), rs.getString(2)), jobInstanceId);
    return rows.stream().findFirst();
  }

  /** Marks the job columns of a run (started by {@code DedupStore.startRun}). */
  /**
   * Marks the job columns of a run (started by {@code DedupStore.startRun}); its start becomes
   * the moment the job looked for changes, which the next run's "changed since" is counted from.
   */
  public void markJobRun(
      long runId, long jobInstanceId, String mode, long highWaterId, Instant changesAt) {
    jdbc.update(
        "UPDATE dedup_run SET job_instance_id = ?, run_mode = ?, high_water_id = ?,"
            + " started_at = ? WHERE id = ?",
        jobInstanceId, mode, highWaterId, Timestamp.from(changesAt), runId);
  }

  public void recordClusterChanges(long runId, long created, long changed, long closed) {
    jdbc.update(
        "UPDATE dedup_run SET clusters_new = ?, clusters_changed = ?, clusters_closed = ?"
            + " WHERE id = ?",
        created, changed, closed, runId);
  }

  /** A run's per-library digests ({@link LibraryDigests}), marked complete. */
  public void saveLibraryDigests(long runId, Map<String, String> digests) {
    jdbc.update("DELETE FROM dedup_run_library WHERE run_id = ?", runId);
    List<Object[]> rows = new ArrayList<>(digests.size());
    digests.forEach((library, digest) -> rows.add(new Object[] {runId, library, digest}));
    jdbc.batchUpdate(
        "INSERT INTO dedup_run_library (run_id, library_code, digest) VALUES (?, ?, ?)", rows);
    jdbc.update("UPDATE dedup_run SET library_digests = 1 WHERE id = ?", runId);
  }

  /** A run's clusters as sets of record ids, by cluster id. */
  public Map<Long, Set<Long>> clusterMembers(long runId) {
    Map<Long, Set<Long>> out = new HashMap<>();
    jdbc.query(
        "SELECT cluster_id, record_id FROM dedup_member WHERE run_id = ?",
        rs -> {
          out.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getLong(2));
        },
        runId);
    return out;
  }

  /** The highest record id in the catalog now (the next run's high-water mark). */
  public long highestRecordId() {
    Long max = jdbc.queryForObject("SELECT MAX(id) FROM bib_record", Long.class);
    return max == null ? 0 : max;
  }

  /**
   * Records the ACTIVE records new or changed since the previous run as this instance's changed
   * set: an id above the previous high-water mark, or an update at or after the second in which
   * the previous run looked for changes (MariaDB through Connector/J keeps whole seconds; an update
   * in that same second is rescored once more, which costs little and misses nothing).
   */
  public long recordChanged(long jobInstanceId, PreviousRun previous) {
    jdbc.update("DELETE FROM dedup_job_changed WHERE job_instance_id = ?", jobInstanceId);
    return jdbc.update(
        "INSERT INTO dedup_job_changed (job_instance_id, record_id) SELECT ?, id FROM bib_record"
            + " WHERE status = 'ACTIVE' AND (id > ? OR updated_at >= ?)",
        jobInstanceId, previous.highWaterId(),
        Timestamp.from(previous.startedAt().truncatedTo(ChronoUnit.SECONDS)));
  }

  public Set<Long> changed(long jobInstanceId) {
    return new HashSet<>(jdbc.queryForList(
        "SELECT record_id FROM dedup_job_changed WHERE job_instance_id = ?", Long.class,
        jobInstanceId));
  }

  public long countChanged(long jobInstanceId) {
    Long n = jdbc.queryForObject(
        "SELECT COUNT(*) FROM dedup_job_changed WHERE job_instance_id = ?", Long.class,
        jobInstanceId);
    return n == null ? 0 : n;
  }

  /** Forgets what an interrupted attempt of this step wrote (the step starts over). */
  public void clearCandidates(long jobInstanceId) {
    jdbc.update("DELETE FROM dedup_job_pair WHERE job_instance_id = ?", jobInstanceId);
    jdbc.update("DELETE FROM dedup_job_score WHERE job_instance_id = ?", jobInstanceId);
    jdbc.update("DELETE FROM dedup_job_isbn WHERE job_instance_id = ?", jobInstanceId);
    jdbc.update("DELETE FROM dedup_job_no_title WHERE job_instance_id = ?", jobInstanceId);
  }

  /** The run's records without a usable title (the cluster step reads them with the pairs'). */
  public void saveNoTitle(long jobInstanceId, List<Long> recordIds) {
    List<Object[]> rows = new ArrayList<>(recordIds.size());
    for (long id : recordIds) {
      rows.add(new Object[] {jobInstanceId, id});
    }
    jdbc.batchUpdate(
        "INSERT INTO dedup_job_no_title (job_instance_id, record_id) VALUES (?, ?)", rows);
  }

  public List<Long> noTitle(long jobInstanceId) {
    return jdbc.queryForList(
        "SELECT record_id FROM dedup_job_no_title WHERE job_instance_id = ?", Long.class,
        jobInstanceId);
  }

  public void saveUnreliableIsbns(long jobInstanceId, Set<String> isbns) {
    List<Object[]> rows = new ArrayList<>();
    for (String isbn : isbns) {
      rows.add(new Object[] {jobInstanceId, isbn});
    }
    jdbc.batchUpdate(
        "INSERT INTO dedup_job_isbn (job_instance_id, isbn13) VALUES (?, ?)", rows);
  }

  public Set<String> unreliableIsbns(long jobInstanceId) {
    return new HashSet<>(jdbc.queryForList(
        "SELECT isbn13 FROM dedup_job_isbn WHERE job_instance_id = ?", String.class,
        jobInstanceId));
  }

  /** Pairs to score, {@code part} given per pair. */
  public void savePairs(long jobInstanceId, List<long[]> pairsWithPart) {
    List<Object[]> rows = new ArrayList<>(pairsWithPart.size());
    for (long[] p : pairsWithPart) {
      rows.add(new Object[] {jobInstanceId, (int) p[2], p[0], p[1]});
    }
    jdbc.batchUpdate(
        "INSERT INTO dedup_job_pair (job_instance_id, part, first_id, second_id)"
            + " VALUES (?, ?, ?, ?)",
        rows);
  }

  public long countPairs(long jobInstanceId, int part) {
    Long n = jdbc.queryForObject(
        "SELECT COUNT(*) FROM dedup_job_pair WHERE job_instance_id = ? AND part = ?", Long.class,
        jobInstanceId, part);
    return n == null ? 0 : n;
  }

  /**
   * An incremental run reuses the previous run's scores of pairs whose records both did not
   * change and still have stored blocking keys (are ACTIVE); returns how many. Call it once the
   * stored keys are up to date for this run. The key table ({@code dedup_block_record}, a few
   * dozen bytes a record) stands for the record table here: checking each pair's two records in
   * {@code bib_record} read most of that large table through the buffer pool.
   */
  public long reuseScores(long jobInstanceId, long previousJobInstanceId) {
    return jdbc.update(
        "INSERT INTO dedup_job_score (job_instance_id, first_id, second_id, verdict, score)"
            + " SELECT ?, s.first_id, s.second_id, s.verdict, s.score FROM dedup_job_score s"
            + " JOIN dedup_block_record a ON a.record_id = s.first_id"
            + " JOIN dedup_block_record b ON b.record_id = s.second_id"
            + " WHERE s.job_instance_id = ?"
            + " AND NOT EXISTS (SELECT 1 FROM dedup_job_changed c WHERE c.job_instance_id = ?"
            + " AND c.record_id = s.first_id)"
            + " AND NOT EXISTS (SELECT 1 FROM dedup_job_changed c WHERE c.job_instance_id = ?"
            + " AND c.record_id = s.second_id)",
        jobInstanceId, previousJobInstanceId, jobInstanceId, jobInstanceId);
  }

  /** A scored pair that matters: its verdict and score. */
  public record Score(IdPair pair, Verdict verdict, double score) {}

  public void saveScores(long jobInstanceId, List<Score> scores) {
    List<Object[]> rows = new ArrayList<>(scores.size());
    for (Score s : scores) {
      rows.add(new Object[] {
        jobInstanceId, s.pair().first(), s.pair().second(), s.verdict().name(), s.score()
      });
    }
    jdbc.batchUpdate(
        "INSERT INTO dedup_job_score (job_instance_id, first_id, second_id, verdict, score)"
            + " VALUES (?, ?, ?, ?, ?)",
        rows);
  }

  public List<IdPair> scoredPairs(long jobInstanceId) {
    List<IdPair> out = new ArrayList<>();
    jdbc.query(
        "SELECT first_id, second_id FROM dedup_job_score WHERE job_instance_id = ?"
            + " ORDER BY first_id, second_id",
        rs -> {
          out.add(new IdPair(rs.getLong(1), rs.getLong(2)));
        },
        jobInstanceId);
    return out;
  }

  /**
   * Passes a job instance's scored pairs to {@code each} in ascending (first, second) order,
   * streamed: the previous run's pairs are only compared with this run's, never kept.
   */
  public void forEachScoredPair(long jobInstanceId, java.util.function.Consumer<IdPair> each) {
    jdbc.query(
        "SELECT first_id, second_id FROM dedup_job_score WHERE job_instance_id = ?"
            + " ORDER BY first_id, second_id",
        rs -> {
          each.accept(new IdPair(rs.getLong(1), rs.getLong(2)));
        },
        jobInstanceId);
  }

  /** How many of a job instance's scored pairs are DUPLICATE (the run's duplicate pairs). */
  public long countDuplicatePairs(long jobInstanceId) {
    Long n = jdbc.queryForObject(
        "SELECT COUNT(*) FROM dedup_job_score WHERE job_instance_id = ? AND verdict = 'DUPLICATE'",
        Long.class, jobInstanceId);
    return n == null ? 0 : n;
  }

  /** A run's per-library digests, as stored. */
  public Map<String, String> libraryDigests(long runId) {
    Map<String, String> out = new java.util.TreeMap<>();
    jdbc.query("SELECT library_code, digest FROM dedup_run_library WHERE run_id = ?",
        rs -> {
          out.put(rs.getString(1), rs.getString(2));
        },
        runId);
    return out;
  }

  /**
   * After a successful run: its pair list is no longer needed, and of the scores, changed sets
   * and ISBN lists only this run's are kept (the next incremental run reuses them).
   */
  public void cleanUpAfter(long jobInstanceId) {
    jdbc.update("DELETE FROM dedup_job_pair WHERE job_instance_id <= ?", jobInstanceId);
    jdbc.update("DELETE FROM dedup_job_score WHERE job_instance_id < ?", jobInstanceId);
    jdbc.update("DELETE FROM dedup_job_changed WHERE job_instance_id < ?", jobInstanceId);
    jdbc.update("DELETE FROM dedup_job_isbn WHERE job_instance_id < ?", jobInstanceId);
    jdbc.update("DELETE FROM dedup_job_no_title WHERE job_instance_id < ?", jobInstanceId);
  }

  /** The job columns of a stored run, for the job's statistics. */
  public record RunNumbers(
      long runId, String status, String mode, long records, long candidatePairs, long clusters,
      long findings, long clustersNew, long clustersChanged, long clustersClosed) {}

  public Optional<RunNumbers> numbers(long jobInstanceId) {
    List<RunNumbers> rows = jdbc.query(
        "SELECT id, status, run_mode, records, candidate_pairs, clusters, findings, clusters_new,"
            + " clusters_changed, clusters_closed FROM dedup_run WHERE job_instance_id = ?"
            + " ORDER BY id DESC LIMIT 1",
        (rs, i) -> new RunNumbers(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
            rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9),
            rs.getLong(10)),
        jobInstanceId);
    return rows.stream().findFirst();
  }
}
