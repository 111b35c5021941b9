package org.unioncat.dedup.eval;

/**
 * Pair scores of one cause.
 *
 * @param cause 1-12
 * @param truthPairs truth duplicate pairs whose duplicate member has this cause
 * @param truthPairsFound of those, the pairs predicted (recall = found / truth)
 * @param predictedPairs predicted pairs (not neutral) where a non-kept member was given this cause
 * @param predictedPairsCorrect of those, the truth duplicate pairs (precision = correct /
 *     predicted)
 */
public record CauseScore(
    int cause, long truthPairs, long truthPairsFound, long predictedPairs, long predictedPairsCorrect) {

  public double recall() {
    return truthPairs == 0 ? Double.NaN : (double) truthPairsFound / truthPairs;
  }

  public double precision() {
    return predictedPairs == 0 ? Double.NaN : (double) predictedPairsCorrect / predictedPairs;
  }
}
