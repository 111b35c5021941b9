package org.unioncat.dedup.run;

import java.util.Arrays;
import java.util.List;
import org.unioncat.dedup.candidate.IdPair;

/**
 * The records whose part of a run's result must be computed again, when the previous run's
 * result is carried over for everything else.
 *
 * <p>A run's result (clusters, findings, review suggestions) falls apart along the connected
 * components of its scored pairs: clustering, the record to keep, each member's cause and every
 * finding of a record depend only on the records and pairs of the record's component (and on the
 * reviewers' decisions about them). So a component none of whose records is a <em>seed</em> — a
 * record that changed, lost or gained a scored pair, or was named in a new decision — is exactly a
 * component of the previous run with the same pairs, and its part of the previous result is still
 * right. This class finds the rest: every record connected to a seed through this run's pairs,
 * plus the seeds themselves (a seed may have no pair left).
 *
 * <p>Plain arrays and a union-find over record indexes: a million pairs take well under a second
 * and a few dozen megabytes.
 */
public final class AffectedRecords {
  private AffectedRecords() {}

  /**
   * @param pairs this run's scored pairs (any order)
   * @param seeds records known to be affected
   * @return the affected records, ascending, without repeats
   */
  public static long[] of(List<IdPair> pairs, long[] seeds) {
    long[] ids = new long[pairs.size() * 2];
    int n = 0;
    for (IdPair p : pairs) {
      ids[n++] = p.first();
      ids[n++] = p.second();
    }
    ids = distinctSorted(ids, n);
    int[] parent = new int[ids.length];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (IdPair p : pairs) {
      int a = root(parent, Arrays.binarySearch(ids, p.first()));
      int b = root(parent, Arrays.binarySearch(ids, p.second()));
      if (a != b) {
        parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
    boolean[] affectedRoot = new boolean[ids.length];
    for (long seed : seeds) {
      int i = Arrays.binarySearch(ids, seed);
      if (i >= 0) {
        affectedRoot[root(parent, i)] = true;
      }
    }
    long[] out = new long[ids.length + seeds.length];
    int m = 0;
    for (int i = 0; i < ids.length; i++) {
      if (affectedRoot[root(parent, i)]) {
        out[m++] = ids[i];
      }
    }
    for (long seed : seeds) {
      out[m++] = seed;
    }
    return distinctSorted(out, m);
  }

  private static int root(int[] parent, int i) {
    int r = i;
    while (parent[r] != r) {
      r = parent[r];
    }
    // path halving on the way back keeps later look-ups short
    while (parent[i] != r) {
      int next = parent[i];
      parent[i] = r;
      i = next;
    }
    return r;
  }

  private static long[] distinctSorted(long[] values, int length) {
    long[] sorted = Arrays.copyOf(values, length);
    Arrays.sort(sorted);
    int m = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (m == 0 || sorted[m - 1] != sorted[i]) {
        sorted[m++] = sorted[i];
      }
    }
    return Arrays.copyOf(sorted, m);
  }
}
