/**
 * The catalog's Lucene index: one document per catalog record, searched by librarians with a small
 * query language (free text, {@code isbn:}, {@code title:}, {@code author:}, {@code publisher:},
 * {@code year:}, {@code library:}, AND/OR/NOT, quotes).
 *
 * <p>{@link org.unioncat.ingest.index.CatalogIndex} is the entry point: it owns the one {@code
 * IndexWriter} and a {@code SearcherManager} for near-real-time search. {@code RecordDocuments}
 * maps an {@link org.unioncat.ingest.index.IndexedRecord} to its document, {@code CatalogAnalyzer}
 * analyzes every text field (ICU folding, Traditional→Simplified, CJK bigrams), {@code
 * CatalogQueryParser} turns a query string into a Lucene query under the limits of {@code
 * QueryLimits}, and a bad query always ends as an {@link
 * org.unioncat.ingest.index.InvalidQueryException}. See {@code docs/search.md}.
 */
package org.unioncat.ingest.index;
