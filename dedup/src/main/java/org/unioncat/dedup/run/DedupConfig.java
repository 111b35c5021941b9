package org.unioncat.dedup.run;

import java.util.List;
import org.unioncat.dedup.candidate.CandidateGenerator;
import org.unioncat.dedup.survivor.SurvivorRule;

/**
 * How a run is made.
 *
 * @param blockCap largest block compared whole; larger blocks are split, then skipped (reported)
 * @param threads threads comparing candidate pairs (the result does not depend on it)
 * @param authoritativeSources cataloging source codes the survivor rule prefers
 */
public record DedupConfig(int blockCap, int threads, List<String> authoritativeSources) {
  public DedupConfig {
    if (blockCap < 2) {
      throw new IllegalArgumentException("block cap must be at least 2, was " + blockCap);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("need at least one thread, was " + threads);
    }
    authoritativeSources = List.copyOf(authoritativeSources);
  }

  /** Cap 200, two threads, the default authoritative sources. */
  public static DedupConfig defaults() {
    return new DedupConfig(
        CandidateGenerator.DEFAULT_CAP, 2, SurvivorRule.DEFAULT_AUTHORITATIVE_SOURCES);
  }

  public DedupConfig withBlockCap(int cap) {
    return new DedupConfig(cap, threads, authoritativeSources);
  }

  public DedupConfig withThreads(int n) {
    return new DedupConfig(blockCap, n, authoritativeSources);
  }
}
