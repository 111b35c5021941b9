package org.unioncat.api.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.unioncat.dedup.eval.BuiltInSeeds;
import org.unioncat.dedup.eval.CatalogGenerator;
import org.unioncat.dedup.eval.GeneratedCatalog;
import org.unioncat.dedup.eval.GeneratorConfig;
import org.unioncat.dedup.eval.SeedFiles;
import org.unioncat.dedup.eval.SeedRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code unioncat generate}: builds a labelled test catalog from real records — duplicates made
 * the way libraries make them, for each of the twelve causes, and hard negatives — as one ISO 2709
 * file per library plus truth.csv. See docs/eval-generator.md.
 */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Generate a labelled test catalog (LIBnn.mrc files and truth.csv) from real MARC records.",
      "由真实 MARC 记录生成带标注的测试目录（LIBnn.mrc 文件与 truth.csv）。"
    })
final class GenerateCommand implements Callable<Integer> {
  @Option(names = "--seed", defaultValue = "42", description = "Random seed (same seed, same catalog).")
  long seed;

  @Option(names = "--cases", defaultValue = "300", description = "Number of cases (one seed record each).")
  int cases;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
  Path out;

  @Parameters(
      paramLabel = "SEED_FILE",
      arity = "0..*",
      description = "MARC files whose records seed the catalog (the 40 built-in seeds are added).")
  List<Path> seedFiles = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    List<SeedRecord> seeds = new ArrayList<>(SeedFiles.read(seedFiles));
    seeds.addAll(BuiltInSeeds.all());
    GeneratedCatalog catalog;
    try {
      catalog = CatalogGenerator.generate(seeds, GeneratorConfig.defaults(seed, cases));
    } catch (IllegalArgumentException e) {
      System.err.println("unioncat generate: " + e.getMessage()
          + " — give more seed files, or fewer --cases");
      return ExitCodes.USAGE_OR_UNREADABLE;
    }
    catalog.writeTo(out);
    System.out.println("Wrote " + catalog.truth().rows().size() + " records for "
        + catalog.recordsByLibrary().size() + " libraries and truth.csv to " + out);
    for (Map.Entry<String, Integer> e : catalog.caseCounts().entrySet()) {
      System.out.printf("  %-28s %d%n", e.getKey(), e.getValue());
    }
    return ExitCodes.OK;
  }
}
