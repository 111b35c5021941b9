package org.unioncat.ingest.normalize.isbn;

import java.util.Optional;

/**
 * A valid ISBN, held as its hyphenless ISBN-13 (the key both forms fold to). It validates itself
 * on construction: thirteen digits, a 978 or 979 prefix and a correct check digit.
 *
 * <p>Only hyphenless forms are produced: hyphen positions depend on the ISBN agency's range table,
 * which UnionCat does not carry, and no comparison needs them.
 *
 * <p>Immutable and thread-safe.
 *
 * @param isbn13 thirteen digits, e.g. "9787503726236"
 */
public record Isbn(String isbn13) {

  public Isbn {
    if (!IsbnChecksums.isValidIsbn13(isbn13)) {
      throw new IllegalArgumentException("not a valid ISBN-13: " + isbn13);
    }
  }

  /** The ISBN-10 form (ten characters, check digit may be 'X'); empty for 979 ISBNs. */
  public Optional<String> isbn10() {
    if (!isbn13.startsWith("978")) {
      return Optional.empty();
    }
    String nine = isbn13.substring(3, 12);
    return Optional.of(nine + IsbnChecksums.isbn10CheckDigit(nine));
  }

  /**
   * The ISBN from free text as catalogers type it ("0-14-044913-6 (pbk.)", "ISBN
   * 978-7-5058-1234-2", "7-5037-2790-x"), or empty when it holds no valid ISBN-10 or ISBN-13.
   * Never throws.
   */
  public static Optional<Isbn> parse(String text) {
    return ofDigits(IsbnCleaner.clean(text).digits());
  }

  /**
   * The ISBN of exactly ten or thirteen hyphenless characters with a valid check digit, or
   * empty. Never throws.
   */
  public static Optional<Isbn> ofDigits(String digits) {
    if (IsbnChecksums.isValidIsbn13(digits)) {
      return Optional.of(new Isbn(digits));
    }
    if (IsbnChecksums.isValidIsbn10(digits)) {
      return Optional.of(new Isbn(IsbnChecksums.toIsbn13(digits)));
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return isbn13;
  }
}
