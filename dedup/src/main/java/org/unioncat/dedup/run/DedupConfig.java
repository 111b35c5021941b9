package org.unioncat.dedup.run;

import java.util.List;
import java.util.Set;
import org.unioncat.dedup.candidate.CandidateGenerator;
import org.unioncat.dedup.survivor.SurvivorRule;

/**
 * How a run is made.
 *
 * @param blockCap largest block compared whole; larger blocks are split, then skipped (reported)
 * @param threads threads comparing candidate pairs (the result does not depend on it)
 * @param authoritativeSources cataloging source codes the survivor rule prefers
 * @param knownBadIsbns ISBN-13s the consortium knows to be unreliable (reused by publishers,
 *     printed on many books); never counted as evidence
 */
public record DedupConfig(
    int blockCap, int threads, List<String> authoritativeSources, Set<String> knownBadIsbns) {
  public DedupConfig {
    if (blockCap < 2) {
      throw new IllegalArgumentException("block cap must be at least 2, was " + blockCap);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("need at least one thread, was " + threads);
    }
    authoritativeSources = List.copyOf(authoritativeSources);
    knownBadIsbns = knownBadIsbns == null ? Set.of() : Set.copyOf(knownBadIsbns);
  }

  public DedupConfig(int blockCap, int threads, List<String> authoritativeSources) {
    this(blockCap, threads, authoritativeSources, Set.of());
  }

  /** Cap 200, two threads, the default authoritative sources. */
  public static DedupConfig defaults() {
    return new DedupConfig(
        CandidateGenerator.DEFAULT_CAP, 2, SurvivorRule.DEFAULT_AUTHORITATIVE_SOURCES);
  }

  public DedupConfig withBlockCap(int cap) {
    return new DedupConfig(cap, threads, authoritativeSources, knownBadIsbns);
  }

  public DedupConfig withThreads(int n) {
    return new DedupConfig(blockCap, n, authoritativeSources, knownBadIsbns);
  }

  public DedupConfig withKnownBadIsbns(Set<String> isbn13s) {
    return new DedupConfig(blockCap, threads, authoritativeSources, isbn13s);
  }
}
