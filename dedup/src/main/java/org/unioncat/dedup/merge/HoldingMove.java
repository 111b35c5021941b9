package org.unioncat.dedup.merge;

/**
 * A holding row a merge moved: its id, its library and call number (unchanged by the move), and
 * the record it was on before and after.
 */
public record HoldingMove(
    long holdingId, String libraryCode, String callNumber, long fromRecordId, long toRecordId) {}
