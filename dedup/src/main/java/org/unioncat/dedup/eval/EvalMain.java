package org.unioncat.dedup.eval;

import java.lang.reflect.InvocationTargetException;
import org.unioncat.dedup.compare.PairComparator;
import org.unioncat.dedup.run.DedupConfig;

/**
 * Runs the quality evaluation on a catalog generated from the built-in seeds and prints the
 * report: {@code EvalMain [seed] [cases] [comparator-class]}. The comparator class (a {@link
 * PairComparator} with a no-argument constructor) may also be given as the system property {@code
 * unioncat.comparator}.
 */
public final class EvalMain {
  private EvalMain() {}

  public static void main(String[] args) throws ReflectiveOperationException {
    long seed = args.length > 0 ? Long.parseLong(args[0]) : 42L;
    int cases = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    String comparatorClass = args.length > 2 ? args[2] : System.getProperty("unioncat.comparator");
    if (comparatorClass == null) {
      System.err.println("usage: EvalMain [seed] [cases] <comparator-class>"
          + "  (or -Dunioncat.comparator=<class>)");
      System.exit(2);
      return;
    }
    PairComparator comparator = instantiate(comparatorClass);
    GeneratedCatalog catalog =
        CatalogGenerator.generate(BuiltInSeeds.all(), GeneratorConfig.defaults(seed, cases));
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
