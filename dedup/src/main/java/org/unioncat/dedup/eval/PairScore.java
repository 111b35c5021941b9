package org.unioncat.dedup.eval;

/**
 * Pairwise counts and the measures derived from them.
 *
 * @param truePositives predicted pairs that are truth duplicate pairs
 * @param falsePositives predicted pairs across truth groups (false merges)
 * @param falseNegatives truth duplicate pairs not predicted
 * @param neutral predicted pairs that are truth neutral pairs (ignored)
 */
public record PairScore(long truePositives, long falsePositives, long falseNegatives, long neutral) {

  /** TP / (TP + FP); NaN when nothing was predicted. */
  public double precision() {
    long predicted = truePositives + falsePositives;
    return predicted == 0 ? Double.NaN : (double) truePositives / predicted;
  }

  /** TP / (TP + FN); NaN when there is nothing to find. */
  public double recall() {
    long truth = truePositives + falseNegatives;
    return truth == 0 ? Double.NaN : (double) truePositives / truth;
  }

  /** Harmonic mean of precision and recall; NaN when either is, 0 when both are 0. */
  public double f1() {
    double p = precision();
    double r = recall();
    if (Double.isNaN(p) || Double.isNaN(r)) {
      return Double.NaN;
    }
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
