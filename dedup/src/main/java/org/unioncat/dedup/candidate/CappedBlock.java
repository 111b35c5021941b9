package org.unioncat.dedup.candidate;

/**
 * A block larger than the cap (a common title such as "Poems", one ISBN printed on a whole set).
 * It was split by year, then by year and first author; sub-blocks still over the cap were skipped.
 *
 * @param kind the key kind (for title+year blocks shared with the alternate script: TITLE_YEAR)
 * @param value the key value
 * @param records records in the block
 * @param pairsMade pairs made from sub-blocks within the cap
 * @param pairsSkipped pairs of the block that were not made
 */
public record CappedBlock(KeyKind kind, String value, int records, long pairsMade, long pairsSkipped) {}
