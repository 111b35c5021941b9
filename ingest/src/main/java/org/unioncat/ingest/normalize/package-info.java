/**
 * Normalization: turns a MARC21 or CNMARC record into one flavour-independent view with the keys
 * the matcher compares (ISBN-13 set, title key and part, author keys, dates, edition and
 * printing, series, extent, publisher, identifiers, holdings), each value remembering the
 * tag/subfield it came from. See {@code ../shared/docs/duplicate-causes.md} for why each key
 * exists.
 */
package org.unioncat.ingest.normalize;
