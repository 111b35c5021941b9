package org.unioncat.dedup.eval;

/**
 * Findings of one cause, scored per record.
 *
 * @param cause 1-12
 * @param expected truth records with a finding of this cause
 * @param reported records the detector reported with this cause
 * @param correct records both expected and reported with this cause
 */
public record FindingScore(int cause, long expected, long reported, long correct) {
  public double recall() {
    return expected == 0 ? Double.NaN : (double) correct / expected;
  }

  public double precision() {
    return reported == 0 ? Double.NaN : (double) correct / reported;
  }
}
