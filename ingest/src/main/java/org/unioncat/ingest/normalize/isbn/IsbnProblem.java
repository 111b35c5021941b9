package org.unioncat.ingest.normalize.isbn;

/** Why an ISBN entry holds no valid ISBN. Immutable and thread-safe. */
public enum IsbnProblem {
  /** A valid ISBN-10 or ISBN-13. */
  NONE,
  /** Ten or thirteen characters whose check digit is wrong. */
  CHECKSUM,
  /** Neither ten nor thirteen characters (a dropped or extra digit, an unlabelled SBN). */
  LENGTH,
  /** Thirteen digits with a correct EAN check digit but not a 978/979 Bookland prefix. */
  PREFIX
}
