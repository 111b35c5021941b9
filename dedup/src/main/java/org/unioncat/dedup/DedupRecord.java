package org.unioncat.dedup;

import java.util.List;
import org.unioncat.dedup.compare.MatchKeys;
import org.unioncat.ingest.normalize.NormalizedRecord;

/**
 * One catalog record as the duplicate detector sees it: its identity (catalog id, uploading
 * library, 001), its normalized view, and the holdings facts that decide causes 9, 10 and 12.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the catalog record id (or any unique number in tests and evaluations)
 * @param library the uploading library's code
 * @param localId the record's 001 in that library, or null
 * @param normalized the normalized view (never null: quarantined records are not matched)
 * @param holdingLibraries codes of the libraries holding items on this record (may be empty)
 * @param callNumbers the call numbers on this record, all libraries
 * @param matchKeys comparison keys computed once from {@code normalized} (see {@link MatchKeys});
 *     null computes them, and the six-argument constructor does so
 */
public record DedupRecord(
    long id,
    String library,
    String localId,
    NormalizedRecord normalized,
    List<String> holdingLibraries,
    List<String> callNumbers,
    MatchKeys matchKeys) {

  public DedupRecord {
    if (normalized == null) {
      throw new IllegalArgumentException("record " + id + " has no normalized view");
    }
    holdingLibraries = List.copyOf(holdingLibraries);
    callNumbers = List.copyOf(callNumbers);
    if (matchKeys == null) {
      matchKeys = MatchKeys.of(normalized);
    }
  }

  /** A record whose comparison keys are computed from {@code normalized}. */
  public DedupRecord(
      long id,
      String library,
      String localId,
      NormalizedRecord normalized,
      List<String> holdingLibraries,
      List<String> callNumbers) {
    this(id, library, localId, normalized, holdingLibraries, callNumbers, null);
  }

  /** True when no library holds an item on this record (an empty download, cause 9). */
  public boolean hasNoHoldings() {
    return holdingLibraries.isEmpty() && callNumbers.isEmpty();
  }
}
