package org.unioncat.api.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.unioncat.batch.jobs.DedupJobService;
import org.unioncat.batch.jobs.JobView;
import org.unioncat.error.UnionCatException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code unioncat jobs [ID]}: the nightly job's runs, newest first (one line each), or one run
 * in detail: steps with items read and written, candidate pairs, clusters new/changed/closed,
 * duration. Works while a run is in progress (in the service or another command).
 */
@Command(
    name = "jobs",
    mixinStandardHelpOptions = true,
    description = {
      "Show the duplicate detection job's runs, or one run in detail.",
      "显示查重作业的运行记录，或某次运行的详情。"
    })
final class JobsCommand implements Callable<Integer> {
  @Mixin DatabaseOption db;

  @Parameters(arity = "0..1", paramLabel = "ID", description = "A run (job id) to show in detail.")
  Long id;

  @Option(names = "--limit", defaultValue = "20", description = "Runs to list (default 20).")
  int limit;

  @Override
  public Integer call() {
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    try (CatalogContext catalog = CatalogContext.open(db)) {
      DedupJobService jobs = catalog.bean(DedupJobService.class);
      if (id != null) {
        detail(out, jobs.get(id));
      } else {
        List<JobView> all = jobs.list(Math.max(1, limit));
        if (all.isEmpty()) {
          out.println("No duplicate detection job has run yet; start one with 'unioncat dedup'.");
        } else {
          TextTable table = new TextTable("job", "run", "status", "mode", "trigger", "started",
              "duration", "clusters", "new/changed/closed", "");
          for (JobView v : all) {
            JobView.Statistics s = v.statistics();
            table.row(v.id(), v.runNumber(), v.status(),
                s.effectiveMode() == null ? v.mode() : s.effectiveMode(), v.trigger(), v.started(),
                String.format(Locale.ROOT, "%.1f s", v.durationMillis() / 1000.0), s.clusters(),
                s.clustersNew() + "/" + s.clustersChanged() + "/" + s.clustersClosed(),
                v.currentStep() == null ? "" : "running: " + progress(v));
          }
          table.print(out);
        }
      }
      out.flush();
      return ExitCodes.OK;
    } catch (UnionCatException e) {
      System.err.println("unioncat jobs: " + e.getMessage());
      return ExitCodes.USAGE_OR_UNREADABLE;
    }
  }

  private static String progress(JobView v) {
    JobView.Progress p = v.progress();
    if (p == null || p.total() <= 0) {
      return v.currentStep();
    }
    return String.format(Locale.ROOT, "%s %d/%d, %d%%", p.step(), p.done(), p.total(),
        Math.min(100, p.done() * 100 / p.total()));
  }

  private static void detail(PrintStream out, JobView v) {
    JobView.Statistics s = v.statistics();
    out.printf(Locale.ROOT, "job %d (run %d%s): %s%n", v.id(), v.runNumber(),
        v.restart() ? ", resumed" : "", v.status());
    out.printf(Locale.ROOT, "  mode: %s (asked: %s), started by %s%n",
        s.effectiveMode() == null ? v.mode() : s.effectiveMode(), v.mode(), v.trigger());
    out.printf(Locale.ROOT, "  started: %s, ended: %s, duration %.1f s%n", v.started(),
        v.ended() == null ? "-" : v.ended(), v.durationMillis() / 1000.0);
    if (v.currentStep() != null) {
      out.println("  now: " + progress(v));
    }
    out.println("  steps:");
    for (JobView.StepView st : v.steps()) {
      out.printf(Locale.ROOT, "    %-11s %-10s read %,d, written %,d, %.1f s%n", st.name(),
          st.status(), st.read(), st.written(), st.durationMillis() / 1000.0);
    }
    out.printf(Locale.ROOT, "  changed records: %,d%n", s.changedRecords());
    out.printf(Locale.ROOT, "  candidate pairs: %,d (scored now %,d, reused %,d)%n",
        s.candidatePairs(), s.pairsToScore(), s.pairsReused());
    out.printf(Locale.ROOT, "  clusters: %,d (new %,d, changed %,d, closed %,d), findings %,d%n",
        s.clusters(), s.clustersNew(), s.clustersChanged(), s.clustersClosed(), s.findings());
    if (s.dedupRunId() != null) {
      out.println("  stored run: " + s.dedupRunId() + " (unioncat clusters)");
    }
    if (!v.message().isEmpty()) {
      out.println("  message: " + v.message());
    }
  }
}
