package org.unioncat.api.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.time.Duration;
import org.unioncat.batch.jobs.DedupJobService;
import org.unioncat.batch.jobs.JobView;
import org.unioncat.dedup.run.ProgressListener;
import org.unioncat.dedup.run.RunStatistics;
import org.unioncat.dedup.store.DedupRun;
import org.unioncat.dedup.store.DedupStore;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import org.unioncat.error.UnionCatException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code unioncat dedup}: runs the nightly duplicate detection job now, in this process, and
 * waits for it: a progress bar per step, then the stored run's numbers (read back by
 * {@code unioncat clusters}). A run that failed earlier is resumed from its last checkpoint. One
 * run at a time: refused while the service (or another command) is running one.
 */
@Command(
    name = "dedup",
    mixinStandardHelpOptions = true,
    description = {
      "Find duplicates in the catalog now and keep the result (see: unioncat clusters, unioncat"
          + " jobs). Resumes a failed run from its last checkpoint.",
      "立即对联合目录查重并保存结果（查看：unioncat clusters、unioncat jobs）。上次运行失败时从断点继续。"
    })
final class DedupCommand implements Callable<Integer> {
  @Mixin DatabaseOption db;

  @Option(names = "--progress", negatable = true, description = "Progress bar on stderr.")
  Boolean progress;

  @Option(
      names = "--full",
      description = "Compare every candidate pair again, not only those of new and changed records.")
  boolean full;

  @Override
  public Integer call() throws InterruptedException {
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    try (CatalogContext catalog = CatalogContext.open(db)) {
      DedupJobService jobs = catalog.bean(DedupJobService.class);
      JobView started = jobs.start(full ? "full" : "incremental", "cli",
          "cli:" + System.getProperty("user.name", "operator"));
      if (started.restart()) {
        System.err.println("Resuming the failed run " + started.runNumber()
            + " from its last checkpoint (job " + started.id() + ").");
      }
      PhaseBars bars = new PhaseBars(showProgress());
      JobView done;
      try {
        done = jobs.await(started.id(), Duration.ofMillis(200), v -> {
          if (v.progress() != null) {
            bars.progress(v.progress().step(), v.progress().done(), v.progress().total());
          }
        });
      } finally {
        bars.close();
      }
      if (!"COMPLETED".equals(done.status())) {
        System.err.println("unioncat dedup: job " + done.id() + " " + done.status().toLowerCase(Locale.ROOT)
            + (done.message().isEmpty() ? "" : ": " + done.message()));
        System.err.println("Run 'unioncat dedup' again to resume it from its last checkpoint.");
        return ExitCodes.RECORDS_REJECTED;
      }
      JobView.Statistics js = done.statistics();
      DedupRun run = catalog.bean(DedupStore.class).latestRun().orElseThrow();
      RunStatistics s = JsonMapper.builder()
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
          .readValue(run.statisticsJson(), RunStatistics.class);
      out.println("Duplicate detection run " + js.dedupRunId() + " stored.");
      out.printf(Locale.ROOT, "  records: %d%n", s.records());
      out.printf(Locale.ROOT, "  candidate pairs: %d%n", s.candidatePairs());
      out.printf(Locale.ROOT, "  pairs per record: %.2f%n", s.pairsPerRecord());
      out.printf(Locale.ROOT, "  comparisons: %d (duplicate pairs: %d)%n",
          s.comparisons(), s.duplicatePairs());
      if (!s.cappedBlocks().isEmpty()) {
        out.printf(Locale.ROOT, "  blocks over the cap: %d (pairs skipped: %d)%n",
            s.cappedBlocks().size(), s.pairsSkipped());
      }
      out.printf(Locale.ROOT, "  clusters: %d (%d records)%n", s.clusters(), s.clusteredRecords());
      out.printf(Locale.ROOT, "  findings: %d%n", s.findings());
      out.printf(Locale.ROOT, "  review suggestions: %d%n", s.reviewSuggestions());
      out.printf(Locale.ROOT, "  elapsed: %.1f s%n", done.durationMillis() / 1000.0);
      out.printf(Locale.ROOT, "  job %d, %s: %d changed records, %d pairs scored, %d reused%n",
          done.id(), js.effectiveMode(), js.changedRecords(), js.pairsToScore(), js.pairsReused());
      out.printf(Locale.ROOT, "  clusters new %d, changed %d, closed %d%n",
          js.clustersNew(), js.clustersChanged(), js.clustersClosed());
      out.flush();
      return ExitCodes.OK;
    } catch (UnionCatException e) {
      System.err.println("unioncat dedup: " + e.getMessage());
      return ExitCodes.USAGE_OR_UNREADABLE;
    }
  }

  private boolean showProgress() {
    return progress != null ? progress : System.console() != null;
  }

  /** One progress bar per phase of the run: a new bar whenever the phase changes. */
  static final class PhaseBars implements ProgressListener {
    private final boolean enabled;
    private String phase;
    private ProgressBar bar;

    PhaseBars(boolean enabled) {
      this.enabled = enabled;
    }

    @Override
    public void progress(String name, long done, long total) {
      if (!name.equals(phase)) {
        close();
        phase = name;
        bar = ProgressBar.forPhase(
            String.format(Locale.ROOT, "%-10s", name), total, unit(name), enabled);
      }
      bar.update(done, done);
    }

    private static String unit(String phase) {
      switch (phase) {
        case "compare":
        case "score":
          return "pairs";
        case "report":
        case "store":
          return "clusters";
        case "reports":
          return "libraries";
        default:
          return "records";
      }
    }

    void close() {
      if (bar != null) {
        bar.close();
        bar = null;
      }
    }
  }
}
