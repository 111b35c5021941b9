/**
 * Holdings: each member library's copies (owning library, call number, barcode, location) read with
 * the library's configured {@link org.unioncat.config.HoldingsMapping}s (MARC21 852, CNMARC 905,
 * vendors' local 9XX).
 *
 * <p>Rules, with the causes of {@code shared/docs/duplicate-causes.md} they serve: a record with no
 * holdings of the uploader (HOLDINGS_MISSING) is how the empty extra downloads of cause 9 show up;
 * holdings of another library on an upload (HOLDINGS_OTHER_LIBRARY) point to a wrong or copied
 * record (cause 10); a library's call numbers per record find "same book, different call number"
 * (cause 12). Holdings are what a merge moves onto the record kept. Library codes are compared
 * upper-cased, as {@link org.unioncat.config.LibraryCode} does.
 */
package org.unioncat.ingest.normalize.holdings;
