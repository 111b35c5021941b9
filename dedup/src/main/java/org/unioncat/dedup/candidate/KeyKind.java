package org.unioncat.dedup.candidate;

/**
 * The independent blocking keys. A duplicate pair needs to share only one of them, so one missing
 * or wrong value (no ISBN, a damaged title, a wrong year) does not hide it.
 */
public enum KeyKind {
  /** Every valid ISBN, folded to ISBN-13 (both forms of cause 1 meet here). */
  ISBN("isbn"),
  /** 035 system numbers (OCLC and others) and the LCCN: byte-identical copies (cause 12). */
  SYSTEM_NUMBER("sysno"),
  /** Title key + trusted year: records without ISBN or with different ISBNs (causes 2, 4, 8). */
  TITLE_YEAR("title+year"),
  /** Title key + first author key: records with a wrong or missing year (causes 6, 7). */
  TITLE_AUTHOR("title+author"),
  /**
   * The 880 alternate-script title key + year. Written in the same key space as {@link
   * #TITLE_YEAR}, so a romanized MARC21 record meets the CNMARC record of the same Chinese book.
   */
  ALT_TITLE_YEAR("title+year"),
  /**
   * Fuzzy signature: the first characters of the title key + the author's phonetic key (records
   * without ISBN), or author key + year (records without a usable title). Pairs from these blocks
   * are only made when at least one of the two records needed the fuzzy key.
   */
  FUZZY("fuzzy");

  private final String space;

  KeyKind(String space) {
    this.space = space;
  }

  /** The key space: keys of kinds with the same space and the same value fall in one block. */
  public String space() {
    return space;
  }
}
