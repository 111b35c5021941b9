package org.unioncat.api.cli;

import java.util.concurrent.Callable;
import org.unioncat.error.UnionCatException;
import org.unioncat.ingest.index.CatalogIndex;
import org.unioncat.ingest.index.SearchHit;
import org.unioncat.ingest.index.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code unioncat search QUERY}: searches the local catalog's index. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Search the catalog: free text plus isbn:, title:, author:, publisher:, year:, library:.",
      "检索联合目录：自由词，或 isbn:、title:、author:、publisher:、year:、library: 字段检索。"
    })
final class SearchCommand implements Callable<Integer> {
  @Mixin DatabaseOption db;

  @Option(names = "--limit", defaultValue = "20", description = "Hits to show (at most 100).")
  int limit;

  @Parameters(paramLabel = "QUERY", arity = "1..*", description = "The query.")
  String[] query;

  @Override
  public Integer call() {
    String q = String.join(" ", query);
    try (CatalogContext catalog = CatalogContext.open(db)) {
      SearchResult result = catalog.bean(CatalogIndex.class).search(q, 0, limit);
      System.out.println(result.total() + " records match \"" + q + "\"");
      for (SearchHit h : result.hits()) {
        System.out.printf(
            "%8d  %s%s%s  [%s]%n",
            h.recordId(),
            h.title(),
            h.author() == null ? "" : " / " + h.author(),
            h.year() == null ? "" : ", " + h.year(),
            String.join(", ", h.libraries()));
      }
      return ExitCodes.OK;
    } catch (UnionCatException e) {
      System.err.println("unioncat search: " + e.getMessage());
      return ExitCodes.USAGE_OR_UNREADABLE;
    }
  }
}
