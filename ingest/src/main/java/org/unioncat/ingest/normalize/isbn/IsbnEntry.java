package org.unioncat.ingest.normalize.isbn;

import java.util.Optional;

/**
 * One ISBN subfield of a record, cleaned and checked. Immutable and thread-safe.
 *
 * @param raw the subfield value as received
 * @param source where it came from: "020$a", "020$z", "010$a", "010$z"
 * @param isbn the valid ISBN, folded to ISBN-13; empty when {@code problem} is not NONE
 * @param problem why there is no valid ISBN, or NONE
 * @param digits the cleaned number (see {@link IsbnCleaner}), also for invalid ones
 * @param binding from 020$q, 010$b or the qualifier in the value
 * @param qualifier 020$q / 010$b and the words around the number, joined by " ; "
 * @param cancelled true for $z (cancelled or invalid by the cataloger's own statement)
 */
public record IsbnEntry(
    String raw,
    String source,
    Optional<Isbn> isbn,
    IsbnProblem problem,
    String digits,
    Binding binding,
    String qualifier,
    boolean cancelled) {

  /** Cleans and checks one subfield value; never throws. */
  public static IsbnEntry of(String raw, String source, String extraQualifier, boolean cancelled) {
    CleanedIsbn cleaned = IsbnCleaner.clean(raw);
    String digits = cleaned.digits();
    Optional<Isbn> isbn = Isbn.ofDigits(digits);
    String qualifier = joinQualifiers(extraQualifier, cleaned.qualifier());
    return new IsbnEntry(
        raw,
        source,
        isbn,
        problemOf(digits, isbn.isPresent()),
        digits,
        BindingClassifier.classify(qualifier),
        qualifier,
        cancelled);
  }

  /** Whether the cleaned number had the ISBN-10 length (to tell which form a record carries). */
  public boolean isTenDigitForm() {
    return digits.length() == 10;
  }

  private static IsbnProblem problemOf(String digits, boolean valid) {
    if (valid) {
      return IsbnProblem.NONE;
    }
    if (digits.length() == 13) {
      boolean bookland = digits.startsWith("978") || digits.startsWith("979");
      boolean eanValid =
          IsbnChecksums.allDigits(digits, 0, 13)
              && IsbnChecksums.isbn13CheckDigit(digits) == digits.charAt(12);
      return !bookland && eanValid ? IsbnProblem.PREFIX : IsbnProblem.CHECKSUM;
    }
    if (digits.length() == 10 && IsbnChecksums.allDigits(digits, 0, 9)) {
      return IsbnProblem.CHECKSUM;
    }
    return IsbnProblem.LENGTH;
  }

  private static String joinQualifiers(String a, String b) {
    String x = a == null ? "" : a.trim();
    String y = b == null ? "" : b.trim();
    if (x.isEmpty()) {
      return y;
    }
    return y.isEmpty() ? x : x + " ; " + y;
  }
}
