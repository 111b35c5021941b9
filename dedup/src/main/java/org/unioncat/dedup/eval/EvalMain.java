package org.unioncat.dedup.eval;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.unioncat.dedup.compare.PairComparator;
import org.unioncat.dedup.run.DedupConfig;

/**
 * Runs the quality evaluation on a generated catalog and prints the report: {@code EvalMain [seed]
 * [cases] [comparator-class] [seed files...]}. Seeds come from the MARC files given (real records),
 * followed by the built-in seeds. The comparator class (a {@link PairComparator} with a
 * no-argument constructor) may also be given as the system property {@code unioncat.comparator};
 * by default it is {@link org.unioncat.dedup.compare.RecordComparator}.
 */
public final class EvalMain {
  private EvalMain() {}

  public static void main(String[] args) throws ReflectiveOperationException, IOException {
    long seed = args.length > 0 ? Long.parseLong(args[0]) : 42L;
    int cases = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    String comparatorClass =
        args.length > 2
            ? args[2]
            : System.getProperty(
                "unioncat.comparator", "org.unioncat.dedup.compare.RecordComparator");
    List<Path> seedFiles = new ArrayList<>();
    for (int i = 3; i < args.length; i++) {
      seedFiles.add(Path.of(args[i]));
    }
    PairComparator comparator = instantiate(comparatorClass);
    List<SeedRecord> seeds = new ArrayList<>(SeedFiles.read(seedFiles));
    seeds.addAll(BuiltInSeeds.all());
    GeneratedCatalog catalog = CatalogGenerator.generate(seeds, GeneratorConfig.defaults(seed, cases));
    String dump = System.getProperty("unioncat.eval.dump");
    if (dump != null) {
      catalog.writeTo(Path.of(dump)); // truth.csv and the libraries' files, to look at by hand
    }
    System.out.printf("Catalog: seed %d, %d cases, %d records; comparator %s%n", seed, cases,
        catalog.truth().rows().size(), comparatorClass);
    new QualityEvaluation(comparator, DedupConfig.defaults()).evaluate(catalog).print(System.out);
  }

  private static PairComparator instantiate(String name) throws ReflectiveOperationException {
    try {
      return (PairComparator) Class.forName(name).getDeclaredConstructor().newInstance();
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("comparator " + name + " failed to start", e.getCause());
    }
  }
}
