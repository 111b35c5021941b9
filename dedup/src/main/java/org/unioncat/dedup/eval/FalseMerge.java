package org.unioncat.dedup.eval;

/**
 * Two records of different truth groups the detector put in one cluster.
 *
 * @param first one record
 * @param second the other
 * @param firstGroup the first record's truth group
 * @param secondGroup the second record's truth group
 * @param hardNegative one was built to look like the other's group (edition, volume, carrier ...)
 * @param score the comparator's score for the pair (NaN when unknown)
 * @param explanation the comparator's evidence for the pair, in English
 */
public record FalseMerge(
    RecordKey first,
    RecordKey second,
    String firstGroup,
    String secondGroup,
    boolean hardNegative,
    double score,
    String explanation) {}
