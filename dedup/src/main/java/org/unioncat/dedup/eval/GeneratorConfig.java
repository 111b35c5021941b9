package org.unioncat.dedup.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What to generate. A <em>case</em> is one seed turned into a group of records (an original and
 * its duplicates, a set and its volumes, an original and its hard negative, or a lone original).
 *
 * @param seed the random seed: the same seed, seeds and config give the same catalog, byte for byte
 * @param libraries number of member libraries, coded LIB01, LIB02, ...
 * @param targetSize number of cases; each uses one seed (cause 10 uses two)
 * @param causeShares share of cases for causes 1..12 (index 0 = cause 1)
 * @param hardNegativeShare share of cases that are a hard negative pair; the rest are lone
 *     originals
 */
public record GeneratorConfig(
    long seed, int libraries, int targetSize, double[] causeShares, double hardNegativeShare) {

  public static final int CAUSES = 12;

  public GeneratorConfig {
    if (libraries < 2 || libraries > 99) {
      throw new IllegalArgumentException("need 2-99 libraries, was " + libraries);
    }
    if (causeShares == null || causeShares.length != CAUSES) {
      throw new IllegalArgumentException("need one share per cause 1-12");
    }
    causeShares = causeShares.clone();
    double total = hardNegativeShare;
    for (double share : causeShares) {
      if (share < 0) {
        throw new IllegalArgumentException("shares cannot be negative");
      }
      total += share;
    }
    if (hardNegativeShare < 0 || total > 1.0 + 1e-9) {
      throw new IllegalArgumentException("shares must be non-negative and sum to at most 1");
    }
  }

  /** Five libraries, 4% of cases per cause, 20% hard negatives, 32% lone originals. */
  public static GeneratorConfig defaults(long seed, int targetSize) {
    double[] shares = new double[CAUSES];
    java.util.Arrays.fill(shares, 0.04);
    return new GeneratorConfig(seed, 5, targetSize, shares, 0.20);
  }

  /** Number of cases for cause 1-12: {@code round(targetSize * share)}. */
  public int casesFor(int cause) {
    return (int) Math.round(targetSize * causeShares[cause - 1]);
  }

  public int hardNegativeCases() {
    return (int) Math.round(targetSize * hardNegativeShare);
  }

  /** LIB01 ... LIBnn. */
  public List<String> libraryCodes() {
    List<String> codes = new ArrayList<>();
    for (int i = 1; i <= libraries; i++) {
      codes.add(String.format(Locale.ROOT, "LIB%02d", i));
    }
    return codes;
  }

  @Override
  public double[] causeShares() {
    return causeShares.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GeneratorConfig c
        && c.seed == seed
        && c.libraries == libraries
        && c.targetSize == targetSize
        && java.util.Arrays.equals(c.causeShares, causeShares)
        && c.hardNegativeShare == hardNegativeShare;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(seed, libraries, targetSize, hardNegativeShare)
        + 31 * java.util.Arrays.hashCode(causeShares);
  }

  @Override
  public String toString() {
    return "GeneratorConfig[seed=" + seed + ", libraries=" + libraries + ", targetSize="
        + targetSize + ", causeShares=" + java.util.Arrays.toString(causeShares)
        + ", hardNegativeShare=" + hardNegativeShare + "]";
  }
}
