package org.unioncat.ingest.index;

import java.util.List;

/**
 * One page of search results. Immutable and thread-safe.
 *
 * @param total how many records match the query in all (exact, not an estimate)
 * @param hits the requested page, best first, ties by record id ascending
 */
public record SearchResult(long total, List<SearchHit> hits) {

  public SearchResult {
    hits = List.copyOf(hits);
  }
}
