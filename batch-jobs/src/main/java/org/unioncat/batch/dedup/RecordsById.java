package org.unioncat.batch.dedup;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import org.unioncat.dedup.DedupRecord;
import org.unioncat.dedup.store.CatalogDedupRecords;

/** Reads chosen records by pages of ids (two queries a page), parsing pages in parallel. */
final class RecordsById {
  private static final int PAGE = 1000;

  private RecordsById() {}

  /**
   * The ACTIVE records with a normalized view among {@code ids}, in ascending id order.
   *
   * @param progress told the number of ids looked up so far
   */
  static List<DedupRecord> read(
      CatalogDedupRecords records, Collection<Long> ids, LongConsumer progress) {
    List<Long> sorted = new ArrayList<>(ids);
    sorted.sort(null);
    List<List<Long>> pages = new ArrayList<>();
    for (int from = 0; from < sorted.size(); from += PAGE) {
      pages.add(sorted.subList(from, Math.min(sorted.size(), from + PAGE)));
    }
    AtomicLong done = new AtomicLong();
    return pages.parallelStream()
        .flatMap(page -> {
          Map<Long, DedupRecord> read = records.active(page);
          progress.accept(done.addAndGet(page.size()));
          return page.stream().map(read::get).filter(Objects::nonNull);
        })
        .toList();
  }
}
