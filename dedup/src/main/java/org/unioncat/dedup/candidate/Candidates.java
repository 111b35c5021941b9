package org.unioncat.dedup.candidate;

import java.util.AbstractList;
import java.util.List;

/**
 * The candidate pairs of a run, each once, lower id first, in ascending order (first id, then
 * second), plus what blocking did to produce them.
 *
 * <p>Memory: the pairs are held as one {@code long} each (two record positions packed), so 10
 * million pairs take 80 MB.
 *
 * @param keys blocking keys produced, all records
 * @param blocks distinct key values shared by at least two records
 * @param pairMentions pairs found in blocks before removing repeats (a pair sharing ISBN and
 *     title+year counts twice)
 * @param cappedBlocks blocks over the cap, in key order
 * @param pairsSkipped pairs not made because of the cap, all capped blocks
 */
public record Candidates(
    long[] recordIds,
    long[] packedPairs,
    long keys,
    long blocks,
    long pairMentions,
    List<CappedBlock> cappedBlocks,
    long pairsSkipped) {

  public Candidates {
    cappedBlocks = List.copyOf(cappedBlocks);
  }

  public int size() {
    return packedPairs.length;
  }

  public IdPair pair(int i) {
    long p = packedPairs[i];
    return new IdPair(recordIds[(int) (p >>> 32)], recordIds[(int) p]);
  }

  /** The pairs as a list view (no copy). */
  public List<IdPair> pairs() {
    return new AbstractList<>() {
      @Override
      public IdPair get(int index) {
        return pair(index);
      }

      @Override
      public int size() {
        return packedPairs.length;
      }
    };
  }
}
