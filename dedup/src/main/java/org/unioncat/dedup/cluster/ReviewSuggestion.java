package org.unioncat.dedup.cluster;

import org.unioncat.dedup.candidate.IdPair;

/**
 * A pair a reviewer should look at: the comparator said POSSIBLE, or said DUPLICATE but joining
 * would have put two records that cannot be linked (or that a reviewer rejected) in one cluster.
 *
 * @param pair the two records
 * @param score the comparison score
 * @param reasonEn why it is not merged, in English
 * @param reasonZh the same in Chinese
 * @param explanationEn the comparator's evidence, in English
 */
public record ReviewSuggestion(
    IdPair pair, double score, String reasonEn, String reasonZh, String explanationEn) {}
