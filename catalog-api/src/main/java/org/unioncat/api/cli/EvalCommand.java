package org.unioncat.api.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.unioncat.dedup.compare.RecordComparator;
import org.unioncat.dedup.eval.CatalogFiles;
import org.unioncat.dedup.eval.EvalReport;
import org.unioncat.dedup.eval.QualityEvaluation;
import org.unioncat.dedup.eval.TruthCsv;
import org.unioncat.dedup.eval.TruthTable;
import org.unioncat.dedup.run.DedupConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code unioncat eval --truth truth.csv FILES...}: reads a labelled catalog (one file per
 * library, named after it), runs duplicate detection on it and prints pairwise precision, recall
 * and F1 overall and per cause, the findings, and the worst false merges with their explanations.
 * Exit 0 when the consortium's targets are met (precision ≥ 0.995, recall ≥ 0.97), 1 when not.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Measure duplicate detection on a labelled catalog: precision, recall, F1, per cause.",
      "在带标注的目录上评测查重：准确率、召回率、F1，按原因统计。"
    })
final class EvalCommand implements Callable<Integer> {
  static final double PRECISION_TARGET = 0.995;
  static final double RECALL_TARGET = 0.97;

  @Option(names = "--truth", required = true, paramLabel = "CSV", description = "truth.csv of the catalog.")
  Path truth;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "One MARC file per library (LIB01.mrc ...).")
  List<Path> files = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    for (Path f : files) {
      if (!Files.isRegularFile(f)) {
        System.err.println("unioncat eval: " + f + ": there is no such file");
        return ExitCodes.USAGE_OR_UNREADABLE;
      }
    }
    TruthTable table;
    try {
      table = TruthCsv.read(truth);
    } catch (IllegalArgumentException | IOException e) {
      System.err.println("unioncat eval: " + e.getMessage());
      return ExitCodes.USAGE_OR_UNREADABLE;
    }
    CatalogFiles.Loaded loaded = CatalogFiles.read(files);
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.printf("Catalog: %d records from %d files (%d unreadable, left out); truth: %d rows%n",
        loaded.records().size(), files.size(), loaded.unreadable(), table.rows().size());
    EvalReport report =
        new QualityEvaluation(new RecordComparator(), DedupConfig.defaults())
            .evaluate(loaded.records(), table);
    report.print(out);
    boolean met =
        report.overall().precision() >= PRECISION_TARGET
            && report.overall().recall() >= RECALL_TARGET;
    out.printf("Targets (precision >= %.3f, recall >= %.2f): %s%n", PRECISION_TARGET, RECALL_TARGET,
        met ? "met" : "NOT met");
    return met ? ExitCodes.OK : ExitCodes.RECORDS_REJECTED;
  }
}
