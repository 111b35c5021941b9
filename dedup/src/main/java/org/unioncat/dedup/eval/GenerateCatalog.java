package org.unioncat.dedup.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Command line: {@code GenerateCatalog <output-dir> [seed] [cases]} writes truth.csv and one
 * ISO 2709 file per library from the {@link BuiltInSeeds} with {@link GeneratorConfig#defaults}.
 * When seeds can be read from MARC files, the CLI will read them into {@link SeedRecord}s and
 * call {@link CatalogGenerator#generate(java.util.List, GeneratorConfig)} the same way.
 */
public final class GenerateCatalog {
  private GenerateCatalog() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 3) {
      System.err.println("usage: GenerateCatalog <output-dir> [seed] [cases]");
      System.exit(2);
    }
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 1L;
    int cases = args.length > 2 ? Integer.parseInt(args[2]) : 30;
    GeneratedCatalog catalog =
        CatalogGenerator.generate(BuiltInSeeds.all(), GeneratorConfig.defaults(seed, cases));
    Path out = Path.of(args[0]);
    catalog.writeTo(out);
    System.out.println("wrote " + catalog.truth().rows().size() + " records to " + out);
    for (Map.Entry<String, Integer> e : catalog.caseCounts().entrySet()) {
      System.out.println("  " + e.getKey() + ": " + e.getValue());
    }
  }
}
