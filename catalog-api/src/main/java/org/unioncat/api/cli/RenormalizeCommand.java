package org.unioncat.api.cli;

import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.unioncat.error.UnionCatException;
import org.unioncat.ingest.index.CatalogIndex;
import org.unioncat.ingest.load.Renormalization;
import org.unioncat.ingest.store.CatalogQueries;
import org.unioncat.ingest.store.LibraryStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code unioncat renormalize}: after an upgrade that changed normalization, derives every
 * record's normalized view again from its raw MARC; the changed records are re-indexed and the
 * next nightly run checks them again.
 */
@Command(
    name = "renormalize",
    mixinStandardHelpOptions = true,
    description = {
      "Derive every record's normalized view again from its MARC with this version's rules"
          + " (after an upgrade); changed records are re-indexed and re-checked by the next"
          + " duplicate detection run.",
      "按本版本的规则由原始 MARC 重新生成每条记录的规范化视图（升级后使用）；有变化的记录会重新索引，"
          + "并由下一次查重重新检查。"
    })
final class RenormalizeCommand implements Callable<Integer> {
  @Mixin DatabaseOption db;

  @Override
  public Integer call() {
    try (CatalogContext catalog = CatalogContext.open(db)) {
      CatalogQueries queries = catalog.bean(CatalogQueries.class);
      long total = queries.countActive();
      Renormalization renormalization = new Renormalization(
          catalog.bean(DataSource.class), queries, catalog.bean(LibraryStore.class).findAll());
      Renormalization.Result result;
      try (ProgressBar bar = ProgressBar.forFile("renormalize", total, System.console() != null)) {
        result = renormalization.run(
            catalog.bean(CatalogIndex.class), (records, bytes) -> bar.update(records, records));
      }
      System.out.printf(java.util.Locale.ROOT, "Read %,d records: %,d normalized views changed (re-indexed; the next"
              + " duplicate detection run checks them again)%s.%n",
          result.read(), result.changed(),
          result.undecodable() == 0 ? ""
              : String.format(java.util.Locale.ROOT, ", %,d could not be decoded and were left as they were",
                  result.undecodable()));
      return ExitCodes.OK;
    } catch (UnionCatException e) {
      System.err.println("unioncat renormalize: " + e.getMessage());
      return ExitCodes.USAGE_OR_UNREADABLE;
    }
  }
}
