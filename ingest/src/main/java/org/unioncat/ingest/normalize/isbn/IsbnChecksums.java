package org.unioncat.ingest.normalize.isbn;

/**
 * ISBN-10 and ISBN-13 check digit arithmetic on hyphenless digit strings. Stateless and
 * thread-safe.
 */
final class IsbnChecksums {
  private IsbnChecksums() {}

  /** The ISBN-10 check character ('0'-'9' or 'X') for the first nine digits. */
  static char isbn10CheckDigit(String nineDigits) {
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (nineDigits.charAt(i) - '0') * (10 - i);
    }
    int check = (11 - sum % 11) % 11;
    return check == 10 ? 'X' : (char) ('0' + check);
  }

  /** The ISBN-13 (EAN-13) check digit for the first twelve digits. */
  static char isbn13CheckDigit(String twelveDigits) {
    int sum = 0;
    for (int i = 0; i < 12; i++) {
      sum += (twelveDigits.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
    }
    return (char) ('0' + (10 - sum % 10) % 10);
  }

  /** Whether {@code s} is nine digits and a correct check character. */
  static boolean isValidIsbn10(String s) {
    return s != null
        && s.length() == 10
        && allDigits(s, 0, 9)
        && isbn10CheckDigit(s) == s.charAt(9);
  }

  /** Whether {@code s} is thirteen digits with a correct check digit and a 978/979 prefix. */
  static boolean isValidIsbn13(String s) {
    return s != null
        && s.length() == 13
        && allDigits(s, 0, 13)
        && (s.startsWith("978") || s.startsWith("979"))
        && isbn13CheckDigit(s) == s.charAt(12);
  }

  /** The ISBN-13 of a (not necessarily valid) ISBN-10's first nine digits. */
  static String toIsbn13(String isbn10) {
    String twelve = "978" + isbn10.substring(0, 9);
    return twelve + isbn13CheckDigit(twelve);
  }

  static boolean allDigits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
