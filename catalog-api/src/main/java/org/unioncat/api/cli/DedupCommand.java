package org.unioncat.api.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.unioncat.dedup.run.ProgressListener;
import org.unioncat.dedup.run.RunStatistics;
import org.unioncat.dedup.store.CatalogDeduplication;
import org.unioncat.error.UnionCatException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code unioncat dedup}: runs duplicate detection over the whole catalog now, stores the run
 * (read back by {@code unioncat clusters}) and prints its numbers. Honours the reviewers' "not
 * duplicates" decisions.
 */
@Command(
    name = "dedup",
    mixinStandardHelpOptions = true,
    description = {
      "Find duplicates in the whole catalog now and keep the result (see: unioncat clusters).",
      "立即对整个联合目录查重并保存结果（查看：unioncat clusters）。"
    })
final class DedupCommand implements Callable<Integer> {
  @Mixin DatabaseOption db;

  @Option(names = "--progress", negatable = true, description = "Progress bar on stderr.")
  Boolean progress;

  @Override
  public Integer call() {
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    long started = System.nanoTime();
    try (CatalogContext catalog = CatalogContext.open(db)) {
      PhaseBars bars = new PhaseBars(showProgress());
      CatalogDeduplication.StoredResult stored;
      try {
        stored = catalog.bean(CatalogDeduplication.class).run(bars);
      } finally {
        bars.close();
      }
      RunStatistics s = stored.result().statistics();
      long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
      out.println("Duplicate detection run " + stored.runId() + " stored.");
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
      out.printf(Locale.ROOT, "  elapsed: %.1f s (detection %.1f s)%n",
          elapsedMillis / 1000.0, s.elapsedMillis() / 1000.0);
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
            String.format(Locale.ROOT, "%-8s", name), total, unit(name), enabled);
      }
      bar.update(done, done);
    }

    private static String unit(String phase) {
      switch (phase) {
        case "compare":
        case "cluster":
          return "pairs";
        case "report":
        case "store":
          return "clusters";
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
