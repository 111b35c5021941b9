package org.unioncat.api.cli;

import java.util.concurrent.Callable;
import org.unioncat.error.UnionCatException;
import org.unioncat.ingest.index.CatalogIndex;
import org.unioncat.ingest.load.IndexRebuild;
import org.unioncat.ingest.store.CatalogQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code unioncat reindex}: rebuilds the search index from the database. */
@Command(
    name = "reindex",
    mixinStandardHelpOptions = true,
    description = {
      "Rebuild the search index from the database (the source of truth).",
      "由数据库（唯一可信来源）重建检索索引。"
    })
final class ReindexCommand implements Callable<Integer> {
  @Mixin DatabaseOption db;

  @Override
  public Integer call() {
    try (CatalogContext catalog = CatalogContext.open(db)) {
      CatalogQueries queries = catalog.bean(CatalogQueries.class);
      long total = queries.countActive();
      try (ProgressBar bar = ProgressBar.forFile("reindex", total, System.console() != null)) {
        long done =
            IndexRebuild.run(
                queries, catalog.bean(CatalogIndex.class), (records, bytes) -> bar.update(records, records));
        System.out.println("Indexed " + done + " records.");
      }
      return ExitCodes.OK;
    } catch (UnionCatException e) {
      System.err.println("unioncat reindex: " + e.getMessage());
      return ExitCodes.USAGE_OR_UNREADABLE;
    }
  }
}
