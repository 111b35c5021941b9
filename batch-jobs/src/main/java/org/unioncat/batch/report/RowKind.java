package org.unioncat.batch.report;

/** What kind of thing a report row asks the library to do. */
public enum RowKind {
  /** The record duplicates a kept record: move holdings onto it, then delete the record. */
  DUPLICATE,
  /** The detector reports the record without merging it (causes 3, 5, 7, 10, 11, 12). */
  FINDING,
  /** A problem of the record itself found when it was uploaded (ISBN, title, date, series). */
  RECORD
}
