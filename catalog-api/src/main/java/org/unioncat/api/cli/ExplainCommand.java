package org.unioncat.api.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.unioncat.dedup.DedupRecord;
import org.unioncat.dedup.compare.Comparison;
import org.unioncat.dedup.compare.Evidence;
import org.unioncat.dedup.compare.RecordComparator;
import org.unioncat.dedup.store.CatalogDedupRecords;
import org.unioncat.error.UnionCatException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code unioncat explain A B}: compares two catalog records with the detector's comparator and
 * prints the verdict, score, cause and every piece of evidence, in English then Chinese.
 */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = {
      "Compare two catalog records field by field, as the duplicate detector does.",
      "按查重程序的方式逐字段比较两条目录记录。"
    })
final class ExplainCommand implements Callable<Integer> {
  @Mixin DatabaseOption db;

  @Parameters(index = "0", paramLabel = "RECORD_ID", description = "A catalog record id.")
  long first;

  @Parameters(index = "1", paramLabel = "RECORD_ID", description = "Another catalog record id.")
  long second;

  @Override
  public Integer call() {
    if (first == second) {
      System.err.println("unioncat explain: name two different records");
      return ExitCodes.USAGE_OR_UNREADABLE;
    }
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    try (CatalogContext catalog = CatalogContext.open(db)) {
      CatalogDedupRecords records = catalog.bean(CatalogDedupRecords.class);
      Optional<DedupRecord> a = records.record(first);
      Optional<DedupRecord> b = records.record(second);
      for (long id : new long[] {first, second}) {
        if ((id == first ? a : b).isEmpty()) {
          System.err.println("unioncat explain: record " + id + " is not in the catalog, or was"
              + " refused and has no normalized view");
          return ExitCodes.USAGE_OR_UNREADABLE;
        }
      }
      Comparison c = catalog.bean(RecordComparator.class).compare(a.get(), b.get());
      print(out, c, a.get().id() == c.first() ? a.get() : b.get(),
          a.get().id() == c.first() ? b.get() : a.get());
      out.flush();
      return ExitCodes.OK;
    } catch (UnionCatException e) {
      System.err.println("unioncat explain: " + e.getMessage());
      return ExitCodes.USAGE_OR_UNREADABLE;
    }
  }

  static void print(PrintStream out, Comparison c, DedupRecord first, DedupRecord second) {
    out.println(describe(first));
    out.println(describe(second));
    out.println("verdict: " + c.verdict());
    out.printf(Locale.ROOT, "score: %.3f%n", c.score());
    out.println("cause: " + c.cause()
        .map(k -> k.number() + " " + k.nameEn() + " / " + k.nameZh())
        .orElse("none / 无"));
    out.println("evidence:");
    for (Evidence e : c.evidence()) {
      out.printf(Locale.ROOT, "  %-12s %+6.2f  %s%n", e.field(), e.points(), e.en());
      out.printf(Locale.ROOT, "  %-12s %6s  %s%n", "", "", e.zh());
    }
  }

  private static String describe(DedupRecord r) {
    return "record " + r.id() + " (library " + r.library() + ", 001 "
        + (r.localId() == null ? "none" : r.localId()) + "): "
        + r.normalized().title().titleProper();
  }
}
