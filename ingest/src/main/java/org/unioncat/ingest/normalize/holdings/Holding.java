package org.unioncat.ingest.normalize.holdings;

/**
 * One library's copy (or copies) of a book, as one holdings field of a record describes it.
 * Immutable and thread-safe.
 *
 * @param libraryCode the owning library's code as written in the record, trimmed and upper-cased;
 *     null when the mapping names no library subfield or the field leaves it empty (then the
 *     holding is the uploader's)
 * @param callNumber the call number (the mapping's call number subfields joined by a space), or
 *     null
 * @param barcode the barcode or accession number, or null
 * @param location the shelving location, or null
 * @param source the holdings field's tag, e.g. "852", "905", "949"
 */
public record Holding(
    String libraryCode, String callNumber, String barcode, String location, String source) {}
