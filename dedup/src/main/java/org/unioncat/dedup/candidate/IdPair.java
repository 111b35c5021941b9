package org.unioncat.dedup.candidate;

/**
 * An unordered pair of catalog record ids, always stored lower id first. Used for candidate
 * pairs, reviewers' "not duplicates" decisions and comparison look-ups.
 */
public record IdPair(long first, long second) implements Comparable<IdPair> {

  public IdPair {
    if (first == second) {
      throw new IllegalArgumentException("a pair needs two different records: " + first);
    }
    if (first > second) {
      long swap = first;
      first = second;
      second = swap;
    }
  }

  public static IdPair of(long a, long b) {
    return new IdPair(a, b);
  }

  public boolean contains(long id) {
    return first == id || second == id;
  }

  /** The other record of the pair. */
  public long other(long id) {
    return first == id ? second : first;
  }

  @Override
  public int compareTo(IdPair o) {
    int c = Long.compare(first, o.first);
    return c != 0 ? c : Long.compare(second, o.second);
  }

  @Override
  public String toString() {
    return first + "-" + second;
  }
}
