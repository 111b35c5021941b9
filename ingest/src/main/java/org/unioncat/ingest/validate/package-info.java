/**
 * Validation: checks each record read from an upload and reports findings with stable codes,
 * severities and bilingual messages — structure (from reading), control number, title (cause 11),
 * ISBNs (cause 1), date conflicts (causes 5 and 7), printing statements in the edition field
 * (causes 6 and 7), series in notes (cause 8), holdings of the uploading library, deletions.
 * Errors keep a record out of the catalog; warnings go back to the library.
 */
package org.unioncat.ingest.validate;
