package org.unioncat.dedup.eval;

/** An unordered pair of records, stored with {@code first < second}. */
public record RecordPair(RecordKey first, RecordKey second) {
  public RecordPair {
    if (first.compareTo(second) == 0) {
      throw new IllegalArgumentException("a pair needs two different records: " + first);
    }
    if (first.compareTo(second) > 0) {
      RecordKey swap = first;
      first = second;
      second = swap;
    }
  }
}
