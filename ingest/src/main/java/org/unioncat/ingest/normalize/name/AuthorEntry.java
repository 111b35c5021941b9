package org.unioncat.ingest.normalize.name;

/**
 * One name access point of a record (author, editor, corporate body, meeting), normalized for
 * display and for matching. Immutable and thread-safe.
 *
 * @param display the name as given, without dates, relator terms and trailing ISBD punctuation
 * @param key the matching key ({@link NameKeys}): Latin script "surname initials" ("tolkien jrr"),
 *     corporate and meeting names folded whole, CJK names folded to simplified with no spaces
 * @param phoneticKey Double Metaphone code of the surname (Latin-script personal names only), or
 *     null
 * @param kind person, corporate body or meeting
 * @param main whether this is the main entry: MARC21 1XX (and its 880); UNIMARC/CNMARC the
 *     primary-responsibility fields 700/701/710/711
 * @param cjk whether the name is written in Han, kana or hangul
 * @param authorizedForm whether the heading looks taken from an authority file (cause 4): it has
 *     dates (MARC21 $d, CNMARC $f), a fuller form (MARC21 $q, CNMARC $g) or an authority link
 *     (MARC21 $0/$1, CNMARC $3). Inverted order alone does not count: catalogers invert free-form
 *     names too.
 * @param dates the dates as given ("1892-1973"), or null
 * @param source the field and subfields the name came from, e.g. "100$a", "880(100)$a", "701$a$b"
 */
public record AuthorEntry(
    String display,
    String key,
    String phoneticKey,
    NameKind kind,
    boolean main,
    boolean cjk,
    boolean authorizedForm,
    String dates,
    String source) {

  public AuthorEntry {
    display = display == null ? "" : display;
    key = key == null ? "" : key;
  }
}
