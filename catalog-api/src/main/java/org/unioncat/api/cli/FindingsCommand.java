package org.unioncat.api.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.unioncat.batch.report.Csv;
import org.unioncat.config.LibraryCode;
import org.unioncat.dedup.cluster.Finding;
import org.unioncat.dedup.store.DedupRun;
import org.unioncat.dedup.store.DedupStore;
import org.unioncat.error.UnionCatException;
import org.unioncat.ingest.store.LibraryStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code unioncat findings}: what the latest duplicate detection run reports without merging —
 * set-level vs volume records (cause 3), stale copies and edition dates (5, 7), wrong records
 * (10), records without a title (11), the same library holding one book twice (12) — one CSV row
 * per finding with the record, the cause, what was found and the fix.
 */
@Command(
    name = "findings",
    mixinStandardHelpOptions = true,
    description = {
      "List the latest duplicate detection run's findings (things to fix that are not merges).",
      "列出最近一次查重发现的问题（需要修改但不合并的记录）。"
    })
final class FindingsCommand implements Callable<Integer> {
  static final String CSV_HEADER =
      "record_id,library,local_id,cause,cause_name,related_record_id,finding,action";

  @Mixin DatabaseOption db;

  @Option(names = "--library", paramLabel = "CODE", description = "Only this library's records.")
  String library;

  @Option(names = "--lang", defaultValue = "en", description = "Language: en or zh.")
  String lang;

  @Override
  public Integer call() {
    boolean zh = "zh".equalsIgnoreCase(lang);
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    try (CatalogContext catalog = CatalogContext.open(db)) {
      String code =
          library == null
              ? null
              : catalog.bean(LibraryStore.class).require(LibraryCode.of(library)).code().value();
      DedupStore store = catalog.bean(DedupStore.class);
      DedupRun run = store.latestRun().orElse(null);
      if (run == null) {
        System.err.println(
            "unioncat findings: no duplicate detection run yet; run 'unioncat dedup' first.");
        return ExitCodes.USAGE_OR_UNREADABLE;
      }
      List<Finding> findings = store.findings(run.id());
      out.println(CSV_HEADER);
      for (Finding f : findings) {
        if (code == null || code.equals(f.library())) {
          out.println(
              String.join(
                  ",",
                  String.valueOf(f.recordId()),
                  Csv.cell(f.library()),
                  Csv.cell(f.localId()),
                  String.valueOf(f.cause().number()),
                  Csv.cell(zh ? f.cause().nameZh() : f.cause().nameEn()),
                  f.relatedRecordId().map(String::valueOf).orElse(""),
                  Csv.cell(zh ? f.detailZh() : f.detailEn()),
                  Csv.cell(zh ? f.actionZh() : f.actionEn())));
        }
      }
      out.flush();
      return ExitCodes.OK;
    } catch (IllegalArgumentException | UnionCatException e) {
      System.err.println("unioncat findings: " + e.getMessage());
      return ExitCodes.USAGE_OR_UNREADABLE;
    }
  }
}
