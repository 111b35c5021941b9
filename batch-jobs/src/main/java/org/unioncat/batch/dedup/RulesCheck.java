package org.unioncat.batch.dedup;

/**
 * Whether an incremental run may build on the previous run: its stored blocking keys and pair
 * scores were made by a detector (code, match rules, configuration) whose fingerprint the
 * previous run's candidates step recorded. After an upgrade or a changed weight the fingerprints
 * differ and the run is made full, once, so that no old score is carried into the new clusters.
 * A previous run that recorded no fingerprint (made before this check existed) counts as
 * different.
 */
final class RulesCheck {
  private RulesCheck() {}

  /**
   * @param askedMode {@code incremental} or {@code full}
   * @param previousFingerprint the previous successful run's, or null (none, or not recorded)
   * @param currentFingerprint this run's detector's
   * @return the mode to run: {@code full} whenever an incremental run cannot trust the previous
   */
  static String mode(String askedMode, String previousFingerprint, String currentFingerprint) {
    if (!"incremental".equals(askedMode)) {
      return askedMode;
    }
    return currentFingerprint.equals(previousFingerprint) ? "incremental" : "full";
  }
}
