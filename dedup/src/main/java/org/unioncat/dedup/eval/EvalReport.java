package org.unioncat.dedup.eval;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.unioncat.dedup.Cause;
import org.unioncat.dedup.run.RunStatistics;

/**
 * The detector's quality on a labelled catalog.
 *
 * @param overall pairwise counts over all records
 * @param perCause pair scores by cause (1-12), causes with no truth and no predicted pairs left
 *     out
 * @param findings finding scores by cause, causes with nothing expected or reported left out
 * @param hardNegativeFalseMerges false merges between a record and the group it was built to
 *     resemble
 * @param worstFalseMerges the false merges with the highest comparison score, at most ten
 * @param statistics the run's numbers, when the report comes from a run
 */
public record EvalReport(
    PairScore overall,
    Map<Integer, CauseScore> perCause,
    Map<Integer, FindingScore> findings,
    long hardNegativeFalseMerges,
    List<FalseMerge> worstFalseMerges,
    Optional<RunStatistics> statistics) {

  public EvalReport {
    perCause = Map.copyOf(perCause);
    findings = Map.copyOf(findings);
    worstFalseMerges = List.copyOf(worstFalseMerges);
  }

  public void print(PrintStream out) {
    out.printf(Locale.ROOT, "Pairwise: precision %s  recall %s  F1 %s  (TP %d, FP %d, FN %d, neutral %d)%n",
        pct(overall.precision()), pct(overall.recall()), pct(overall.f1()),
        overall.truePositives(), overall.falsePositives(), overall.falseNegatives(), overall.neutral());
    out.printf(Locale.ROOT, "False merges on constructed hard negatives: %d%n", hardNegativeFalseMerges);
    out.println();
    out.println("Per cause (pairs)          truth  found  recall | predicted  correct  precision");
    for (int c = 1; c <= 12; c++) {
      CauseScore s = perCause.get(c);
      if (s == null) {
        continue;
      }
      out.printf(Locale.ROOT, "%2d %-22s %7d %6d %7s | %9d %8d %10s%n", c, shortName(c),
          s.truthPairs(), s.truthPairsFound(), pct(s.recall()),
          s.predictedPairs(), s.predictedPairsCorrect(), pct(s.precision()));
    }
    out.println();
    out.println("Findings (records)        expected reported correct  recall  precision");
    for (int c = 1; c <= 12; c++) {
      FindingScore s = findings.get(c);
      if (s == null) {
        continue;
      }
      out.printf(Locale.ROOT, "%2d %-22s %8d %8d %7d %7s %10s%n", c, shortName(c),
          s.expected(), s.reported(), s.correct(), pct(s.recall()), pct(s.precision()));
    }
    if (!worstFalseMerges.isEmpty()) {
      out.println();
      out.println("Worst false merges:");
      for (FalseMerge m : worstFalseMerges) {
        out.printf(Locale.ROOT, "  %s (%s) + %s (%s)%s score %s: %s%n", m.first(), m.firstGroup(),
            m.second(), m.secondGroup(), m.hardNegative() ? " [hard negative]" : "",
            Double.isNaN(m.score()) ? "-" : String.format(Locale.ROOT, "%.2f", m.score()),
            m.explanation());
      }
    }
    statistics.ifPresent(s -> {
      out.println();
      out.printf(Locale.ROOT,
          "Run: %d records, %d keys, %d blocks (%d capped, %d pairs skipped), %d candidate pairs"
              + " (%.2f per record), %d comparisons, %d duplicate pairs, %d clusters, %d findings,"
              + " %d review suggestions, %d ms%n",
          s.records(), s.keys(), s.blocks(), s.cappedBlocks().size(), s.pairsSkipped(),
          s.candidatePairs(), s.pairsPerRecord(), s.comparisons(), s.duplicatePairs(), s.clusters(),
          s.findings(), s.reviewSuggestions(), s.elapsedMillis());
    });
  }

  private static String shortName(int cause) {
    String name = Cause.ofNumber(cause).name().toLowerCase(Locale.ROOT);
    return name.length() > 22 ? name.substring(0, 22) : name;
  }

  static String pct(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.1f%%", v * 100);
  }
}
