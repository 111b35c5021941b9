package org.unioncat.ingest.index;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The index's field names, and which of them a query may name. One place, so that {@code
 * RecordDocuments} (writing) and {@code CatalogQueryParser} (reading) cannot drift apart.
 *
 * <p>Stateless and thread-safe.
 */
final class CatalogFields {
  /** Record id: exact term (replace and delete by it), stored. */
  static final String ID = "id";
  /** Record id as doc values: the tie-breaker of the result order. */
  static final String ID_ORDER = "id_order";
  /** Exact: ISBN-13 and ISBN-10 of every valid ISBN, cleaned digits of invalid ones. */
  static final String ISBN = "isbn";
  /** Stored only: the record's valid ISBN-13s, for display. */
  static final String ISBN13_STORED = "isbn13";
  /** Text: title proper, remainder, part, 880 alternate-script title. */
  static final String TITLE = "title";
  /** Stored only: the title for display. */
  static final String TITLE_STORED = "title_display";
  /** Exact: the title key of the normalizer. */
  static final String TITLE_KEY = "title_key";
  /** Text: every name's display form. */
  static final String AUTHOR = "author";
  /** Stored only: the first name, for display. */
  static final String AUTHOR_STORED = "author_display";
  /** Exact: every name's key. */
  static final String AUTHOR_KEY = "author_key";
  /** Text: publisher name (and its 880 form). */
  static final String PUBLISHER = "publisher";
  /** Stored only: the publisher's name, for display. */
  static final String PUBLISHER_STORED = "publisher_display";
  /** Exact: the publisher key. */
  static final String PUBLISHER_KEY = "publisher_key";
  /** IntPoint and stored: the trusted year. */
  static final String YEAR = "year";
  /** IntPoint: the edition number. */
  static final String EDITION = "edition";
  /** Text: series titles from series fields and notes. */
  static final String SERIES = "series";
  /** Exact, stored: uploading and holding libraries, upper case. */
  static final String LIBRARY = "library";
  /** Exact: language code, lower case. */
  static final String LANG = "lang";
  /** Exact: normalized system numbers (035) and LCCN. */
  static final String SYSNO = "sysno";
  /**
   * Text: what free text should find that has no text field of its own: the statement of
   * responsibility, the place of publication, the ISBNs and the year.
   */
  static final String OTHER = "other";
  /**
   * Not an indexed field: the name free text goes by in a query (and {@code all:} typed). Free
   * text searches {@link #FREE_TEXT} as one field ({@code FreeTextQueries}). Indexes written before
   * had a copy field of this name; {@link CatalogIndex#hasOldLayout} finds them.
   */
  static final String ALL = "all";

  /** The fields free text searches: together they hold what the {@code all} copy field held. */
  static final List<String> FREE_TEXT = List.of(TITLE, AUTHOR, PUBLISHER, SERIES, OTHER);

  /** What a librarian may type before the colon, mapped to the field it searches. */
  private static final Map<String, String> QUERYABLE =
      Map.ofEntries(
          Map.entry("isbn", ISBN),
          Map.entry("title", TITLE),
          Map.entry("author", AUTHOR),
          Map.entry("publisher", PUBLISHER),
          Map.entry("year", YEAR),
          Map.entry("edition", EDITION),
          Map.entry("series", SERIES),
          Map.entry("library", LIBRARY),
          Map.entry("lang", LANG),
          Map.entry("sysno", SYSNO),
          Map.entry("all", ALL));

  /** The query field names in the order the documentation (and error messages) list them. */
  static final List<String> QUERY_FIELD_NAMES =
      List.of(
          "isbn", "title", "author", "publisher", "year", "edition", "series", "library", "lang",
          "sysno");

  /** Fields analyzed by {@code CatalogAnalyzer}; the others take exact or numeric queries. */
  static boolean isText(String field) {
    return field.equals(TITLE)
        || field.equals(AUTHOR)
        || field.equals(PUBLISHER)
        || field.equals(SERIES)
        || field.equals(OTHER)
        || field.equals(ALL);
  }

  /** The field a query prefix names (any case), or null when it names none. */
  static String queryField(String typed) {
    return typed == null ? null : QUERYABLE.get(typed.toLowerCase(Locale.ROOT));
  }

  private CatalogFields() {}
}
