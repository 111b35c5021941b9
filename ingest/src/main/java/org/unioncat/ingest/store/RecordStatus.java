package org.unioncat.ingest.store;

/** The life of a bibliographic record in the catalog. */
public enum RecordStatus {
  /** In the catalog: searchable, matched, holding libraries' items. */
  ACTIVE,
  /** Refused at upload (errors): kept with its raw bytes and findings, not in the catalog. */
  QUARANTINED,
  /** Merged into another record ({@code merged_into}); kept as a tombstone. */
  MERGED,
  /** Deleted by its library (a deletion request, leader/05 = d). */
  DELETED
}
