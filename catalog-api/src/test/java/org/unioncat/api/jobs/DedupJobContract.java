package org.unioncat.api.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.unioncat.api.support.Http;
import org.unioncat.batch.report.CorrectionReports;
import org.unioncat.batch.report.CorrectionRow;
import org.unioncat.batch.dedup.JobFaults;
import org.unioncat.batch.dedup.JobKeys;
import org.unioncat.batch.jobs.DedupJobScheduler;
import org.unioncat.batch.jobs.DedupJobService;
import org.unioncat.batch.jobs.JobView;
import org.unioncat.dedup.cluster.Cluster;
import org.unioncat.dedup.cluster.ClusterMember;
import org.unioncat.dedup.eval.BuiltInSeeds;
import org.unioncat.dedup.eval.CatalogGenerator;
import org.unioncat.dedup.eval.GeneratedCatalog;
import org.unioncat.dedup.eval.GeneratorConfig;
import org.unioncat.dedup.run.Deduplicator;
import org.unioncat.dedup.candidate.IdPair;
import org.unioncat.dedup.run.DedupResult;
import org.unioncat.dedup.run.ProgressListener;
import org.unioncat.dedup.store.CatalogDedupRecords;
import org.unioncat.dedup.store.DedupStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The nightly job end to end on a generated catalog (all twelve causes and the hard negatives,
 * uploaded through the API by its libraries): the job's clusters are the in-memory detector's; a
 * second run without changes changes nothing; a run failed mid-step (in scoring, after storing
 * the clusters, or left STARTED by a killed process) resumes from its checkpoint and ends with the
 * same clusters and no duplicated rows; an incremental run after an upload scores only the new
 * records' pairs and agrees with a full run; one run at a time (409); the schedule's trigger
 * starts a run. Subclasses run it on H2 and MariaDB. Chunks of 5 pairs make "mid-step" real.
 */
abstract class DedupJobContract {
  static final JsonMapper JSON = JsonMapper.builder().build();
  static final GeneratedCatalog CATALOG =
      CatalogGenerator.generate(BuiltInSeeds.all(), GeneratorConfig.defaults(42L, 30));

  @LocalServerPort int port;
  @Autowired DedupJobService jobs;
  @Autowired JobFaults faults;
  @Autowired DedupStore store;
  @Autowired CatalogDedupRecords records;
  @Autowired Deduplicator deduplicator;
  @Autowired DedupJobScheduler scheduler;
  @Autowired CorrectionReports reports;
  @Autowired DataSource dataSource;
  @Autowired JobRepository jobRepository;

  Http http() {
    return new Http(port);
  }

  @AfterEach
  void disarm() {
    faults.disarm();
    faults.release();
  }

  @Test
  void nightlyRunsAreStableResumableIncrementalAndOneAtATime() throws Exception {
    List<String> libraries = List.copyOf(CATALOG.recordsByLibrary().keySet());
    // The last library arrives later, for the incremental run.
    for (String library : libraries.subList(0, libraries.size() - 1)) {
      upload(library, CATALOG.iso2709(library));
    }
    long active = records.countActive();
    assertThat(active).isGreaterThan(30);
    // "Changed since the last run" is counted in whole seconds (what MariaDB keeps).
    Thread.sleep(1100);

    // 1. A full run from the API; a second start while it runs is refused with 409.
    faults.holdNextRun();
    HttpResponse<String> started = http().postJson("/api/jobs/dedup?mode=full", "");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    long firstId = JSON.readTree(started.body()).get("id").asLong();
    assertThat(started.headers().firstValue("Location")).hasValue("/api/jobs/" + firstId);
    HttpResponse<String> second = http().postJson("/api/jobs/dedup", "");
    assertThat(second.statusCode()).isEqualTo(409);
    JsonNode problem = JSON.readTree(second.body());
    assertThat(problem.get("code").asString()).isEqualTo("JOB_ALREADY_RUNNING");
    assertThat(problem.get("messages").get("en").asString())
        .contains("already running (job " + firstId + ")");
    assertThat(problem.get("messages").get("zh").asString()).contains("查重作业正在运行");
    faults.release();
    JobView first = await(firstId);
    assertThat(first.status()).as(first.message()).isEqualTo("COMPLETED");
    assertThat(first.steps()).extracting(JobView.StepView::name)
        .containsExactly("changes", "candidates", "score", "cluster", "reports");
    JobView.Statistics s1 = first.statistics();
    assertThat(s1.effectiveMode()).isEqualTo("full");
    assertThat(s1.records()).isEqualTo(active);
    assertThat(s1.changedRecords()).isEqualTo(active);
    assertThat(s1.pairsToScore()).isEqualTo(s1.candidatePairs()).isGreaterThan(10);
    assertThat(first.steps().get(2).read()).isEqualTo(s1.pairsToScore());
    assertThat(s1.clustersNew()).isEqualTo(s1.clusters()).isGreaterThanOrEqualTo(5);
    assertThat(s1.clustersChanged()).isZero();
    assertThat(s1.clustersClosed()).isZero();

    // The job's clusters are exactly the in-memory detector's (ids, kept record, members).
    Map<Long, String> expected = shape(
        deduplicator.run(records.active(n -> {}), store.rejectedPairs()).clusters());
    Map<Long, String> clusters = clustersOf(s1.dedupRunId());
    assertThat(clusters).isEqualTo(expected);
    long scoredRows = scoreRows(first.runNumber());
    assertThat(scoredRows).isPositive();

    // 2. A second run without changes: identical clusters, nothing new, changed or closed.
    JobView again = run("incremental");
    assertThat(again.statistics().effectiveMode()).isEqualTo("incremental");
    assertThat(again.statistics().changedRecords()).isZero();
    assertThat(again.statistics().pairsToScore()).isZero();
    assertThat(again.statistics().pairsReused()).isEqualTo(scoredRows);
    assertThat(clustersOf(again.statistics().dedupRunId())).isEqualTo(expected);
    assertThat(assertCarriedOverAsDetectorGives(again, 0)).isZero();
    assertThat(again.statistics().clustersNew()).isZero();
    assertThat(again.statistics().clustersChanged()).isZero();
    assertThat(again.statistics().clustersClosed()).isZero();
    // nothing changed: every library's report is carried over, and is what a build gives
    JobView.StepView againReports = again.steps().get(4);
    assertThat(againReports.read()).isEqualTo(libraryCount());
    assertThat(againReports.written()).isZero();
    assertReportsAsBuilt(again.statistics().dedupRunId());

    // 2b. An upgrade changed the detector (here: the previous run's recorded fingerprint is made
    //     older): an incremental run must not build on keys and scores made by the old one, so it
    //     runs full once — same clusters, every pair scored again — and records the new one.
    JobInstance againInstance = jobRepository.getJobInstance(again.runNumber());
    StepExecution againCandidates =
        jobRepository.getLastStepExecution(againInstance, JobKeys.STEP_CANDIDATES);
    assertThat(againCandidates.getExecutionContext().getString(JobKeys.RULES))
        .isEqualTo(deduplicator.fingerprint());
    againCandidates.getExecutionContext().putString(JobKeys.RULES, "made by an older version");
    jobRepository.updateExecutionContext(againCandidates);
    JobView upgraded = run("incremental");
    assertThat(upgraded.mode()).isEqualTo("incremental");
    assertThat(upgraded.statistics().effectiveMode()).isEqualTo("full");
    assertThat(upgraded.statistics().pairsToScore()).isEqualTo(s1.candidatePairs());
    assertThat(upgraded.statistics().pairsReused()).isZero();
    assertThat(clustersOf(upgraded.statistics().dedupRunId())).isEqualTo(expected);
    assertThat(upgraded.statistics().clustersNew()).isZero();
    assertThat(upgraded.statistics().clustersClosed()).isZero();

    // 3. Fails in the scoring step past its first chunk; the next start resumes from the
    //    checkpoint. (One more than half the pairs: with chunks of 5, the first chunk's check
    //    never trips it, so at least one chunk is committed whichever partition gets there
    //    first; exactly half let both partitions' first chunks fail uncommitted now and then.)
    faults.failAt("score", s1.pairsToScore() / 2 + 1);
    JobView failed = run("full");
    assertThat(failed.status()).isEqualTo("FAILED");
    assertThat(failed.message()).contains("injected failure in step score");
    JobView resumed = run("full");
    assertThat(resumed.status()).as(resumed.message()).isEqualTo("COMPLETED");
    assertThat(resumed.restart()).isTrue();
    assertThat(resumed.runNumber()).isEqualTo(failed.runNumber());
    // The restart runs only the steps not completed, and scores only the pairs not committed.
    assertThat(resumed.steps()).extracting(JobView.StepView::name)
        .containsExactly("score", "cluster", "reports");
    long readAfterRestart = resumed.steps().get(0).read();
    assertThat(readAfterRestart).as(failed + "\n" + resumed).isLessThan(s1.pairsToScore()).isGreaterThan(0);
    assertThat(clustersOf(resumed.statistics().dedupRunId())).isEqualTo(expected);
    assertThat(scoreRows(resumed.runNumber())).isEqualTo(scoredRows);
    assertThat(resumed.statistics().clustersNew() + resumed.statistics().clustersChanged()
        + resumed.statistics().clustersClosed()).isZero();

    // 4. Fails after the clusters were stored, before the step completed: the restart keeps
    //    that run, stores no second one, and writes the reports again.
    faults.failAt("cluster", 1);
    JobView failedLate = run("full");
    assertThat(failedLate.status()).isEqualTo("FAILED");
    JobView resumedLate = run("full");
    assertThat(resumedLate.status()).isEqualTo("COMPLETED");
    assertThat(doneRunsOf(resumedLate.runNumber())).isEqualTo(1);
    assertThat(clustersOf(resumedLate.statistics().dedupRunId())).isEqualTo(expected);

    // 5. A process killed mid-step leaves the run STARTED: once stale it is resumed.
    faults.failAt("score", s1.pairsToScore() / 3);
    JobView killed = run("full");
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    jdbc.update("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTED', END_TIME = NULL,"
        + " LAST_UPDATED = ? WHERE JOB_EXECUTION_ID = ?",
        java.sql.Timestamp.valueOf(java.time.LocalDateTime.now().minusHours(1)), killed.id());
    jdbc.update("UPDATE BATCH_STEP_EXECUTION SET STATUS = 'STARTED', END_TIME = NULL"
        + " WHERE JOB_EXECUTION_ID = ? AND STATUS = 'FAILED'", killed.id());
    jdbc.update("UPDATE BATCH_STEP_EXECUTION SET LAST_UPDATED = ? WHERE JOB_EXECUTION_ID = ?",
        java.sql.Timestamp.valueOf(java.time.LocalDateTime.now().minusHours(1)), killed.id());
    assertThat(jobs.get(killed.id()).status()).isEqualTo("STARTED");
    JobView afterKill = run("full");
    assertThat(afterKill.status()).as(afterKill.message()).isEqualTo("COMPLETED");
    assertThat(afterKill.runNumber()).isEqualTo(killed.runNumber());
    assertThat(jobs.get(killed.id()).status()).isEqualTo("FAILED");
    assertThat(clustersOf(afterKill.statistics().dedupRunId())).isEqualTo(expected);
    assertThat(scoreRows(afterKill.runNumber())).isEqualTo(scoredRows);

    // 6. The last library uploads; the scheduled trigger runs incrementally: only the new
    //    records' pairs are scored, the result is the full detector's, old ids stay.
    String last = libraries.get(libraries.size() - 1);
    upload(last, CATALOG.iso2709(last));
    long newRecords = records.countActive() - active;
    Thread.sleep(1100);
    scheduler.fire();
    JobView scheduled = jobs.list(1).get(0);
    assertThat(scheduled.trigger()).isEqualTo("schedule");
    scheduled = await(scheduled.id());
    assertThat(scheduled.status()).as(scheduled.message()).isEqualTo("COMPLETED");
    JobView.Statistics si = scheduled.statistics();
    assertThat(si.effectiveMode()).isEqualTo("incremental");
    assertThat(si.changedRecords()).isEqualTo(newRecords);
    assertThat(si.pairsToScore()).isPositive().isLessThan(si.candidatePairs());
    assertThat(si.pairsReused()).isPositive();
    DedupResult fullResult = deduplicator.run(records.active(n -> {}), store.rejectedPairs());
    Map<Long, String> full = shape(fullResult.clusters());
    Map<Long, String> incremental = clustersOf(si.dedupRunId());
    assertThat(members(incremental)).isEqualTo(members(full));
    // the blocks of the new records were read back from the stored keys: same numbers as a full run
    assertThat(si.candidatePairs()).isEqualTo(fullResult.statistics().candidatePairs());
    assertThat(si.records()).isEqualTo(fullResult.statistics().records());
    assertThat(si.findings()).isEqualTo(fullResult.statistics().findings());
    // only the part the new library's records touch was clustered again; the rest carried over
    assertCarriedOverAsDetectorGives(scheduled, newRecords);
    for (Map.Entry<Long, String> e : expected.entrySet()) {
      // every old cluster keeps its id while it keeps its members
      String before = e.getValue().substring(e.getValue().indexOf('['));
      incremental.entrySet().stream()
          .filter(n -> n.getValue().substring(n.getValue().indexOf('[')).contains(
              before.substring(1, before.length() - 1)))
          .findFirst()
          .ifPresent(n -> assertThat(n.getKey()).isEqualTo(e.getKey()));
    }
    assertThat(si.clustersNew() + si.clustersChanged()).isPositive();
    // the new library's report is built (it had none); every report is what a build gives
    JobView.StepView siReports = scheduled.steps().get(4);
    assertThat(siReports.read()).isEqualTo(libraryCount());
    assertThat(siReports.written()).isPositive();
    assertReportsAsBuilt(si.dedupRunId());

    // 7. The API lists the runs and shows one; an unknown id is a 404 problem.
    JsonNode list = JSON.readTree(http().get("/api/jobs").body());
    assertThat(list.size()).isGreaterThanOrEqualTo(8);
    assertThat(list.get(0).get("id").asLong()).isEqualTo(scheduled.id());
    JsonNode one = JSON.readTree(http().get("/api/jobs/" + firstId).body());
    assertThat(one.get("status").asString()).isEqualTo("COMPLETED");
    assertThat(one.get("steps").get(2).get("name").asString()).isEqualTo("score");
    assertThat(one.get("statistics").get("clusters").asLong()).isEqualTo(s1.clusters());
    HttpResponse<String> missing = http().get("/api/jobs/987654");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(http().postJson("/api/jobs/dedup?mode=sometimes", "").statusCode()).isEqualTo(400);
    // The audit log says who started the first run and how it ended (newest entry first).
    JsonNode audit = JSON.readTree(http().get("/api/audit?target=job:" + firstId).body());
    assertThat(audit.size()).isEqualTo(2);
    JsonNode end = audit.get(0).get("event");
    assertThat(end.get("actor").asString()).isEqualTo("system:dedupJob");
    assertThat(end.get("action").asString()).isEqualTo("JOB_END");
    assertThat(JSON.readTree(end.get("detail").asString()).get("status").asString()).isEqualTo("COMPLETED");
    assertThat(JSON.readTree(end.get("detail").asString()).get("clusters").asLong()).isEqualTo(s1.clusters());
    JsonNode start = audit.get(1).get("event");
    assertThat(start.get("actor").asString()).isEqualTo(Http.ADMIN_USER);
    assertThat(start.get("action").asString()).isEqualTo("JOB_START");
    assertThat(start.get("detail").asString())
        .isEqualTo("{\"run\":" + first.runNumber() + ",\"mode\":\"full\",\"trigger\":\"api\"}");

    // 8. Records change and disappear: the incremental run replaces the changed records' stored
    //    blocking keys and drops the deleted one's, and still gives a full run's clusters,
    //    candidate pairs, record count and findings.
    List<Cluster> before = store.clusters(si.dedupRunId());
    long deleted = before.get(0).keepId();
    List<Long> touched = new ArrayList<>();
    for (Cluster c : before.subList(1, 3)) {
      c.members().forEach(m -> touched.add(m.recordId()));
    }
    Thread.sleep(1100);
    Timestamp now = Timestamp.from(Instant.now());
    jdbc.update("UPDATE bib_record SET status = 'DELETED', updated_at = ? WHERE id = ?", now,
        deleted);
    for (long id : touched) {
      jdbc.update("UPDATE bib_record SET updated_at = ? WHERE id = ?", now, id);
    }
    // ... and fails once in the cluster step after marking what it computes again, before
    // storing: the restart clusters again under a new run id, with the same result.
    faults.failAt("cluster", 0);
    JobView changedFailed = run("incremental");
    assertThat(changedFailed.status()).isEqualTo("FAILED");
    assertThat(changedFailed.message()).contains("injected failure in step cluster");
    JobView changedRun = run("incremental");
    assertThat(changedRun.status()).as(changedRun.message()).isEqualTo("COMPLETED");
    assertThat(changedRun.restart()).isTrue();
    JobView.Statistics sc = changedRun.statistics();
    assertThat(sc.effectiveMode()).isEqualTo("incremental");
    assertThat(sc.changedRecords()).isEqualTo(touched.size());
    DedupResult fullNow = deduplicator.run(records.active(n -> {}), store.rejectedPairs());
    assertThat(members(clustersOf(sc.dedupRunId()))).isEqualTo(members(shape(fullNow.clusters())));
    assertThat(store.clusters(sc.dedupRunId()).stream()
        .flatMap(c -> c.members().stream().map(ClusterMember::recordId)))
        .doesNotContain(deleted);
    assertThat(sc.candidatePairs()).isEqualTo(fullNow.statistics().candidatePairs());
    assertThat(sc.records()).isEqualTo(fullNow.statistics().records());
    assertThat(sc.findings()).isEqualTo(fullNow.statistics().findings());
    assertCarriedOverAsDetectorGives(changedRun, touched.size());
    assertThat(sc.pairsToScore()).isPositive().isLessThan(sc.candidatePairs());
    assertReportsAsBuilt(sc.dedupRunId());

    // 9. A reviewer's "not duplicates" between runs, with no record changed: the incremental
    //    run splits the cluster as a full run does, and rebuilds the reports it touches.
    //    (First one more run: the records changed above may count once more, as changed in the
    //    second the previous run looked; a second later they no longer do.)
    Thread.sleep(1100);
    JobView settled = run("incremental");
    assertThat(settled.status()).as(settled.message()).isEqualTo("COMPLETED");
    Cluster split = store.clusters(settled.statistics().dedupRunId()).stream()
        .filter(c -> c.members().size() == 2)
        .findFirst().orElseThrow();
    long a = split.members().get(0).recordId();
    long b = split.members().get(1).recordId();
    store.rejectPair(new IdPair(Math.min(a, b), Math.max(a, b)), "reviewer");
    JobView decided = run("incremental");
    assertThat(decided.status()).as(decided.message()).isEqualTo("COMPLETED");
    JobView.Statistics sd = decided.statistics();
    assertThat(sd.effectiveMode()).isEqualTo("incremental");
    assertThat(sd.changedRecords()).isZero();
    Map<Long, String> afterDecision = clustersOf(sd.dedupRunId());
    assertThat(members(afterDecision)).isEqualTo(members(shape(
        deduplicator.run(records.active(n -> {}), store.rejectedPairs()).clusters())));
    // no record changed: the decision alone made its cluster be computed again
    assertCarriedOverAsDetectorGives(decided, 2);
    assertThat(store.clusters(sd.dedupRunId())).noneMatch(c -> c.members().stream()
        .map(ClusterMember::recordId).toList().containsAll(List.of(a, b)));
    JobView.StepView sdReports = decided.steps().get(4);
    assertThat(sdReports.written()).isPositive().isLessThan(sdReports.read());
    assertReportsAsBuilt(sd.dedupRunId());
  }

  /**
   * An incremental run that carried the previous run's result over stored exactly what the
   * in-memory detector gives for the whole catalog now: every cluster with every member's role,
   * cause, score, evidence and action (cluster ids aside: they follow the previous run), every
   * finding, the review suggestions and the run's counts; and it computed again the part of at
   * least {@code minimumAffected} records (the changed ones), not everything. Returns how many
   * records' part it computed again.
   */
  private long assertCarriedOverAsDetectorGives(JobView job, long minimumAffected) {
    long runId = job.statistics().dedupRunId();
    DedupResult full = deduplicator.run(records.active(n -> {}), store.rejectedPairs());
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    Long base = jdbc.queryForObject("SELECT base_run_id FROM dedup_run WHERE id = ?", Long.class,
        runId);
    assertThat(base).as("run %d carried a previous run over", runId).isNotNull();
    assertThat(contents(store.clusters(runId))).isEqualTo(contents(full.clusters()));
    assertThat(store.findings(runId)).containsExactlyElementsOf(full.findings().stream()
        .sorted(java.util.Comparator.comparingLong(
                org.unioncat.dedup.cluster.Finding::recordId)
            .thenComparingInt(f -> f.cause().number()))
        .toList());
    List<String> suggestions = jdbc.queryForList(
        "SELECT CONCAT(first_record_id, '-', second_record_id) FROM dedup_suggestion"
            + " WHERE run_id = ? ORDER BY first_record_id, second_record_id", String.class, runId);
    assertThat(suggestions).isEqualTo(full.reviewSuggestions().stream()
        .map(r -> r.pair().first() + "-" + r.pair().second()).sorted().toList());
    JsonNode stats = JSON.readTree(jdbc.queryForObject(
        "SELECT statistics FROM dedup_run WHERE id = ?", String.class, runId));
    assertThat(stats.get("clusters").asLong()).isEqualTo(full.statistics().clusters());
    assertThat(stats.get("clusteredRecords").asLong())
        .isEqualTo(full.statistics().clusteredRecords());
    assertThat(stats.get("findings").asLong()).isEqualTo(full.statistics().findings());
    assertThat(stats.get("reviewSuggestions").asLong())
        .isEqualTo(full.statistics().reviewSuggestions());
    assertThat(stats.get("duplicatePairs").asLong()).isEqualTo(full.statistics().duplicatePairs());
    // the work table is emptied once the run is stored (an interrupted run's rows too)
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dedup_run_redo", Long.class)).isZero();
    long affected = jobRepository.getLastStepExecution(
            jobRepository.getJobInstance(job.runNumber()), JobKeys.STEP_CLUSTER)
        .getExecutionContext().getLong(JobKeys.AFFECTED);
    assertThat(affected).isGreaterThanOrEqualTo(minimumAffected)
        .isLessThan(full.statistics().records());
    return affected;
  }

  /** Clusters as "keep=N [members with every field]", sorted (cluster ids left out). */
  private static List<String> contents(List<Cluster> clusters) {
    return clusters.stream()
        .map(c -> "keep=" + c.keepId() + " " + c.members().stream()
            .sorted(java.util.Comparator.comparingLong(ClusterMember::recordId)).toList())
        .sorted()
        .toList();
  }

  /**
   * The run's stored report rows, every library, are exactly those a build from scratch gives
   * (carried-over reports included): compared field by field, then built again and compared.
   */
  private void assertReportsAsBuilt(long runId) {
    Map<String, List<String>> stored = reportRows(runId);
    assertThat(stored.values().stream().mapToInt(List::size).sum()).isPositive();
    reports.writeForRun(runId, false, ProgressListener.NONE);
    assertThat(reportRows(runId)).isEqualTo(stored);
  }

  private long libraryCount() {
    Long n = new JdbcTemplate(dataSource).queryForObject(
        "SELECT COUNT(*) FROM member_library", Long.class);
    return n == null ? 0 : n;
  }

  private Map<String, List<String>> reportRows(long runId) {
    Map<String, List<String>> out = new TreeMap<>();
    for (String library : new JdbcTemplate(dataSource).queryForList(
        "SELECT code FROM member_library ORDER BY code", String.class)) {
      List<String> rows = new ArrayList<>();
      reports.store().rows(runId, library, r -> rows.add(withoutId(r)));
      out.put(library, rows);
    }
    return out;
  }

  private static String withoutId(CorrectionRow r) {
    return new CorrectionRow(0, r.runId(), r.library(), r.rowKey(), r.kind(), r.recordId(),
        r.localId(), r.callNumbers(), r.barcodes(), r.clusterId(), r.keepRecordId(),
        r.keepLibrary(), r.keepLocalId(), r.cause(), r.code(), r.uploadedBy(), r.actionEn(),
        r.actionZh(), r.evidenceEn(), r.evidenceZh(), r.mark(), r.markNote()).toString();
  }

  private JobView run(String mode) throws InterruptedException {
    return await(jobs.start(mode, "test").id());
  }

  private JobView await(long id) throws InterruptedException {
    return jobs.await(id, Duration.ofMillis(50), v -> {});
  }

  private void upload(String library, byte[] content) throws Exception {
    int status = http().postJson("/api/libraries",
        "{\"code\":\"" + library + "\",\"name\":\"" + library + "\"}").statusCode();
    assertThat(status).isIn(201, 409);
    HttpResponse<String> accepted =
        http().postFile("/api/batches", library + ".mrc", content, "library", library);
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
    String location = accepted.headers().firstValue("Location").orElseThrow();
    for (int i = 0; i < 600; i++) {
      JsonNode batch = JSON.readTree(http().get(location).body());
      if (batch.get("progress").get("finished").asBoolean()) {
        assertThat(batch.get("status").asString()).isEqualTo("DONE");
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the upload did not finish in 60 s");
  }

  private Map<Long, String> clustersOf(long runId) {
    return shape(store.clusters(runId));
  }

  /** Cluster id → "keep=N [member ids]". */
  static Map<Long, String> shape(List<Cluster> clusters) {
    Map<Long, String> out = new TreeMap<>();
    for (Cluster c : clusters) {
      out.put(c.id(), "keep=" + c.keepId() + " " + c.members().stream()
          .map(ClusterMember::recordId).sorted().toList());
    }
    return out;
  }

  static Set<String> members(Map<Long, String> shape) {
    return shape.values().stream().collect(Collectors.toSet());
  }

  private long scoreRows(long jobInstanceId) {
    Long n = new JdbcTemplate(dataSource).queryForObject(
        "SELECT COUNT(*) FROM dedup_job_score WHERE job_instance_id = ?", Long.class,
        jobInstanceId);
    return n == null ? 0 : n;
  }

  private long doneRunsOf(long jobInstanceId) {
    Long n = new JdbcTemplate(dataSource).queryForObject(
        "SELECT COUNT(*) FROM dedup_run WHERE job_instance_id = ? AND status = 'DONE'",
        Long.class, jobInstanceId);
    return n == null ? 0 : n;
  }
}
