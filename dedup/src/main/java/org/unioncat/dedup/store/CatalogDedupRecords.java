package org.unioncat.dedup.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;
import org.unioncat.dedup.DedupRecord;
import org.unioncat.ingest.normalize.NormalizedRecordJson;
import org.unioncat.ingest.store.CatalogQueries;
import org.unioncat.ingest.store.RecordStatus;
import org.unioncat.ingest.store.StoredHolding;
import org.unioncat.ingest.store.StoredRecord;

/**
 * The catalog's records as the duplicate detector sees them: the uploading library's code, the
 * 001, the stored normalized view, and from the holding rows the libraries holding items and the
 * call numbers. Reads a page of records, then that page's holdings in one query: two queries per
 * page, never one per record.
 *
 * <p>Thread-safe.
 */
public final class CatalogDedupRecords {
  /** Records read per page. */
  static final int PAGE = 1000;
  private final CatalogQueries queries;

  public CatalogDedupRecords(CatalogQueries queries) {
    this.queries = queries;
  }

  /** How many records {@link #active} will return (for a progress bar). */
  public long countActive() {
    return queries.countActive();
  }

  /**
   * Every ACTIVE record with a normalized view, by id.
   *
   * @param progress told the number of records read so far after each page
   */
  public List<DedupRecord> active(LongConsumer progress) {
    List<DedupRecord> out = new ArrayList<>();
    queries.activeNormalized(PAGE, page -> {
      Map<Long, List<StoredHolding>> holdings =
          queries.holdings(page.get(0).id(), page.get(page.size() - 1).id());
      // Parsing the stored JSON is most of the work: a page is parsed on all cores.
      out.addAll(page.parallelStream()
          .filter(r -> r.normalizedJson() != null)
          .map(r -> of(r, holdings.getOrDefault(r.id(), List.of())))
          .toList());
      progress.accept(out.size());
    });
    return out;
  }

  /**
   * The ACTIVE records with a normalized view among {@code ids}, by id: two queries for the lot
   * (the nightly job's scoring step reads a chunk of pairs' records this way).
   */
  public Map<Long, DedupRecord> active(Collection<Long> ids) {
    Map<Long, DedupRecord> out = new HashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    List<StoredRecord> stored = queries.activeRecords(ids);
    Map<Long, List<StoredHolding>> holdings =
        queries.holdings(stored.stream().map(StoredRecord::id).toList());
    for (StoredRecord r : stored) {
      if (r.normalizedJson() != null) {
        out.put(r.id(), of(r, holdings.getOrDefault(r.id(), List.of())));
      }
    }
    return out;
  }

  /** One record, whatever its status, if it exists and has a normalized view. */
  public Optional<DedupRecord> record(long id) {
    Optional<StoredRecord> stored = queries.record(id);
    if (stored.isEmpty() || stored.get().normalizedJson() == null
        || stored.get().status() == RecordStatus.QUARANTINED) {
      return Optional.empty();
    }
    return Optional.of(of(stored.get(), queries.holdings(id)));
  }

  static DedupRecord of(StoredRecord r, List<StoredHolding> holdings) {
    Set<String> libraries = new LinkedHashSet<>();
    Set<String> callNumbers = new LinkedHashSet<>();
    for (StoredHolding h : holdings) {
      libraries.add(h.libraryCode());
      if (h.callNumber() != null && !h.callNumber().isBlank()) {
        callNumbers.add(h.callNumber());
      }
    }
    return new DedupRecord(
        r.id(), r.libraryCode(), r.localId(), NormalizedRecordJson.fromJson(r.normalizedJson()),
        new ArrayList<>(libraries), new ArrayList<>(callNumbers));
  }
}
