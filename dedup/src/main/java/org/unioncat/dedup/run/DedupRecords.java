package org.unioncat.dedup.run;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import org.unioncat.dedup.DedupRecord;
import org.unioncat.ingest.normalize.NormalizedRecord;
import org.unioncat.ingest.normalize.holdings.Holding;

/** Builds {@link DedupRecord}s from normalized records. */
public final class DedupRecords {
  private DedupRecords() {}

  /**
   * A record whose holdings are those found in it: the holding libraries are the holdings'
   * library codes (the uploader's when a holding names none), the call numbers those given.
   */
  public static DedupRecord of(long id, String library, NormalizedRecord normalized) {
    Set<String> libraries = new LinkedHashSet<>();
    Set<String> callNumbers = new LinkedHashSet<>();
    for (Holding h : normalized.holdings()) {
      libraries.add(h.libraryCode() == null || h.libraryCode().isBlank() ? library : h.libraryCode());
      if (h.callNumber() != null && !h.callNumber().isBlank()) {
        callNumbers.add(h.callNumber());
      }
    }
    return new DedupRecord(id, library, normalized.localId(), normalized,
        new ArrayList<>(libraries), new ArrayList<>(callNumbers));
  }
}
