package org.unioncat.ingest.index;

import java.util.List;

/**
 * One record found by a search, read from the index's stored fields alone (no database needed).
 * Immutable and thread-safe.
 *
 * @param recordId the catalog record id
 * @param score the relevance score (higher is better; ties are ordered by record id)
 * @param title the title for display: title proper, " : " and the remainder, then the part
 * @param author the first name of the record (the main entry when there is one), or null
 * @param year the trusted publication year, or null
 * @param publisher the publisher's name, or null
 * @param isbn13s the record's valid ISBNs as ISBN-13, in record order
 * @param libraries the uploading and holding libraries, upper case
 */
public record SearchHit(
    long recordId,
    float score,
    String title,
    String author,
    Integer year,
    String publisher,
    List<String> isbn13s,
    List<String> libraries) {

  public SearchHit {
    isbn13s = List.copyOf(isbn13s);
    libraries = List.copyOf(libraries);
  }
}
