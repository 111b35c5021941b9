package org.unioncat.ingest.store;

/** A holding as stored: which library holds the record, under which call number and barcode. */
public record StoredHolding(
    long id, long recordId, String libraryCode, String callNumber, String barcode, String location,
    String source) {}
