package org.unioncat.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.unioncat.batch.dedup.JobFaults;
import org.unioncat.batch.report.RunRows;
import org.unioncat.dedup.eval.BuiltInSeeds;
import org.unioncat.dedup.eval.CatalogGenerator;
import org.unioncat.dedup.eval.GeneratedCatalog;
import org.unioncat.dedup.eval.GeneratorConfig;

/**
 * The nightly job survives a real crash: {@code unioncat dedup} runs in a separate JVM that dies
 * in the middle of a step ({@code Runtime.halt}, as {@code kill -9} or a power cut: no rollback,
 * nothing recorded as failed, the run left STARTED), then the next {@code unioncat dedup} resumes
 * it from its last checkpoint. Killed in scoring, after the clusters are stored, and half-way
 * through the reports; each resumed run must give the clusters and report rows of an
 * uninterrupted run, with no report row written twice.
 */
class DedupJobCrashIT {
  private static final GeneratedCatalog CATALOG =
      CatalogGenerator.generate(BuiltInSeeds.all(), GeneratorConfig.defaults(42L, 30));

  @AfterEach
  void forget() {
    CliCatalogs.forget();
    System.clearProperty("unioncat.jobs.stale-after");
    System.clearProperty("unioncat.jobs.dedup.chunk");
  }

  @ParameterizedTest
  @ValueSource(strings = {"mariadb", "h2"})
  void aRunKilledInAnyStepIsResumedWithTheSameClustersAndReports(String database)
      throws Exception {
    String db = CliCatalogs.empty(database, "job-crash");
    Path home = CliCatalogs.home();
    for (String library : CATALOG.recordsByLibrary().keySet()) {
      Path file = home.resolve(library + ".mrc");
      Files.write(file, CATALOG.iso2709(library));
      CliRun in = CliRun.run("ingest", "--db", db, "--library", library, "--register",
          "--no-progress", file.toString());
      // Some generated records are refused on purpose (no title: cause 11).
      assertThat(in.exitCode).as(in.out + in.err).isIn(ExitCodes.OK, ExitCodes.RECORDS_REJECTED);
    }
    // Checkpoints every 5 pairs, so "mid-step" is real; a run silent for 1 s counts as dead.
    System.setProperty("unioncat.jobs.dedup.chunk", "5");
    System.setProperty("unioncat.jobs.stale-after", "PT1S");
    Thread.sleep(1100); // "changed since the last run" counts whole seconds

    List<Long> resumedRuns = new ArrayList<>();
    // The last one is an incremental run (nothing changed): killed while carrying the
    // libraries' reports over from the run before.
    for (String killAt : List.of("score:10", "cluster:1", "reports:2", "reports:2 incremental")) {
      boolean full = !killAt.endsWith(" incremental");
      assertThat(killedRun(db, home, killAt.split(" ")[0], full))
          .as("exit status, killed at " + killAt)
          .isEqualTo(JobFaults.HALT_STATUS);
      assertThat(lastExecutionStatus(database, home)).as("left behind by the crash at " + killAt)
          .isEqualTo("STARTED");
      Thread.sleep(1100);
      CliRun resumed = CliRun.run("dedup", "--db", db, "--no-progress");
      assertThat(resumed.exitCode).as(resumed.out + resumed.err).isEqualTo(ExitCodes.OK);
      assertThat(lastExecutionStatus(database, home)).isEqualTo("COMPLETED");
      resumedRuns.add(latestRun(database, home));
    }
    CliRun uninterrupted = CliRun.run("dedup", "--db", db, "--full", "--no-progress");
    assertThat(uninterrupted.exitCode).as(uninterrupted.err).isEqualTo(ExitCodes.OK);
    long reference = latestRun(database, home);

    Map<Long, String> expectedClusters = clusters(database, home, reference);
    Map<String, Integer> expectedRows = reportRows(database, home, reference);
    assertThat(expectedClusters).hasSizeGreaterThanOrEqualTo(5);
    assertThat(expectedRows).isNotEmpty().allSatisfy((key, count) -> assertThat(count).isOne());
    for (long run : resumedRuns) {
      assertThat(clusters(database, home, run)).as("clusters of resumed run " + run)
          .isEqualTo(expectedClusters);
      assertThat(reportRows(database, home, run)).as("report rows of resumed run " + run)
          .isEqualTo(expectedRows);
    }
  }

  /**
   * {@code unioncat dedup} ({@code --full} if {@code full}) in its own JVM, told to die at {@code
   * killAt}; its exit code.
   */
  private static int killedRun(String db, Path home, String killAt, boolean full)
      throws Exception {
    String classPath = System.getProperty("surefire.test.class.path",
        System.getProperty("java.class.path"));
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", classPath,
        "-Dunioncat.home=" + home,
        "-Dunioncat.jobs.dedup.chunk=5",
        "-Dunioncat.jobs.test.fail-at=" + killAt + ":halt"));
    if (db.equals("mysql")) {
      command.add("-Dspring.datasource.url=" + System.getProperty("spring.datasource.url"));
    }
    command.addAll(List.of(UnionCatMain.class.getName(), "dedup", "--db", db));
    command.addAll(full ? List.of("--full", "--no-progress") : List.of("--no-progress"));
    Path log = Files.createTempFile(home, "killed-", ".log");
    Process p = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("the killed run ended").isTrue();
    return p.exitValue();
  }

  private static Connection connect(String database, Path home) throws Exception {
    return database.equals("h2")
        ? DriverManager.getConnection("jdbc:h2:file:" + home + File.separator + "db"
            + File.separator + "unioncat;MODE=MySQL;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=TRUE",
            "sa", "")
        : DriverManager.getConnection(CliCatalogs.MARIADB_URL, "root", "");
  }

  private static String lastExecutionStatus(String database, Path home) throws Exception {
    try (Connection c = connect(database, home);
        PreparedStatement ps = c.prepareStatement(
            "SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID DESC LIMIT 1");
        ResultSet rs = ps.executeQuery()) {
      assertThat(rs.next()).isTrue();
      return rs.getString(1);
    }
  }

  private static long latestRun(String database, Path home) throws Exception {
    try (Connection c = connect(database, home);
        PreparedStatement ps = c.prepareStatement(
            "SELECT MAX(id) FROM dedup_run WHERE status = 'DONE'");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** cluster id → "keep record: members in order", the shape that must not change. */
  private static Map<Long, String> clusters(String database, Path home, long run)
      throws Exception {
    Map<Long, String> out = new TreeMap<>();
    try (Connection c = connect(database, home);
        PreparedStatement ps = c.prepareStatement(
            "SELECT c.cluster_id, c.keep_record_id, m.record_id, m.role, m.cause"
                + " FROM dedup_cluster c JOIN dedup_member m"
                + " ON m.run_id = c.run_id AND m.cluster_id = c.cluster_id"
                + " WHERE c.run_id = ? ORDER BY c.cluster_id, m.member_no")) {
      ps.setLong(1, run);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.merge(rs.getLong(1),
              "keep " + rs.getLong(2) + ":" + rs.getLong(3) + "/" + rs.getString(4) + "/"
                  + rs.getObject(5),
              (a, b) -> a + " " + b.substring(b.indexOf(':') + 1));
        }
      }
    }
    return out;
  }

  /** Library, row key, kind and action of every report row of a run → how often it is there. */
  private static Map<String, Integer> reportRows(String database, Path home, long run)
      throws Exception {
    Map<String, Integer> out = new TreeMap<>();
    try (Connection c = connect(database, home);
        PreparedStatement ps = c.prepareStatement(
            "SELECT r.library_code, r.row_key, r.kind, r.action_en FROM " + RunRows.from("r")
                + " WHERE " + RunRows.run("r") + " = ?")) {
      ps.setLong(1, run);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.merge(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " "
              + rs.getString(4), 1, Integer::sum);
        }
      }
    }
    return out;
  }
}
