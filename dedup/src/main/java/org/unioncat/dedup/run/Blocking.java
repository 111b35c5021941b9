package org.unioncat.dedup.run;

import java.util.List;
import org.unioncat.dedup.candidate.Candidates;
import org.unioncat.dedup.candidate.CappedBlock;

/**
 * What blocking did in a run, for its statistics: kept apart from the pairs themselves so that a
 * run split into steps (the nightly job) can carry it from the first step to the last.
 *
 * @param keys blocking keys produced
 * @param blocks key values shared by at least two records
 * @param cappedBlocks blocks over the cap
 * @param pairsSkipped pairs not made because of the cap
 * @param candidatePairs distinct candidate pairs
 */
public record Blocking(
    long keys, long blocks, List<CappedBlock> cappedBlocks, long pairsSkipped,
    long candidatePairs) {

  public Blocking {
    cappedBlocks = List.copyOf(cappedBlocks);
  }

  public static Blocking of(Candidates c) {
    return new Blocking(c.keys(), c.blocks(), c.cappedBlocks(), c.pairsSkipped(), c.size());
  }
}
