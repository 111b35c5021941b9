package org.unioncat.dedup.run;

import java.util.List;
import org.unioncat.dedup.candidate.CappedBlock;

/**
 * Numbers of one run.
 *
 * @param records records read
 * @param keys blocking keys produced
 * @param blocks key values shared by at least two records
 * @param cappedBlocks blocks over the cap (which keys, how many pairs were skipped)
 * @param pairsSkipped pairs not made because of the cap
 * @param candidatePairs distinct candidate pairs
 * @param comparisons comparator calls: candidate pairs plus those made on demand by clustering
 *     and the report
 * @param duplicatePairs candidate pairs the comparator called DUPLICATE
 * @param clusters clusters of two or more records
 * @param clusteredRecords records in those clusters
 * @param findings findings reported
 * @param reviewSuggestions pairs for a reviewer
 * @param elapsedMillis wall time of the run
 */
public record RunStatistics(
    long records,
    long keys,
    long blocks,
    List<CappedBlock> cappedBlocks,
    long pairsSkipped,
    long candidatePairs,
    long comparisons,
    long duplicatePairs,
    long clusters,
    long clusteredRecords,
    long findings,
    long reviewSuggestions,
    long elapsedMillis) {

  public RunStatistics {
    cappedBlocks = List.copyOf(cappedBlocks);
  }

  /** Candidate pairs per record: the blocking's cost (0 when there are no records). */
  public double pairsPerRecord() {
    return records == 0 ? 0 : (double) candidatePairs / records;
  }

  /** The same numbers with another count of duplicate pairs (counted over the whole run). */
  public RunStatistics withDuplicatePairs(long count) {
    return new RunStatistics(records, keys, blocks, cappedBlocks, pairsSkipped, candidatePairs,
        comparisons, count, clusters, clusteredRecords, findings, reviewSuggestions,
        elapsedMillis);
  }

  /**
   * The numbers of a part of a run plus what the run carried over unchanged from the previous
   * one: clusters, their records, findings and review suggestions.
   */
  public RunStatistics plusCarried(
      long carriedClusters, long carriedRecords, long carriedFindings, long carriedSuggestions) {
    return new RunStatistics(records, keys, blocks, cappedBlocks, pairsSkipped, candidatePairs,
        comparisons, duplicatePairs, clusters + carriedClusters,
        clusteredRecords + carriedRecords, findings + carriedFindings,
        reviewSuggestions + carriedSuggestions, elapsedMillis);
  }

  /** The same numbers with elapsed time 0, for comparing two runs. */
  public RunStatistics withoutTime() {
    return new RunStatistics(records, keys, blocks, cappedBlocks, pairsSkipped, candidatePairs,
        comparisons, duplicatePairs, clusters, clusteredRecords, findings, reviewSuggestions, 0);
  }
}
