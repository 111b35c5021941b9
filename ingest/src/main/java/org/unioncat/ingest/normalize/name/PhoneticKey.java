package org.unioncat.ingest.normalize.name;

import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * The phonetic secondary key of a Latin-script surname: the primary Double Metaphone code, six
 * characters long.
 *
 * <p>Double Metaphone rather than Beider-Morse: it gives one short deterministic code that can be
 * stored in one indexed column and compared with equality, which is what a blocking key needs;
 * Beider-Morse gives a set of alternatives per name (better multilingual recall, but a set to index
 * and intersect) and is slow. The code is only a secondary key: it finds candidates whose surname
 * was misspelt (cause 4), it never decides a match. Input is folded first (Double Metaphone, like
 * Soundex, is meant for ASCII); names in other scripts get no code.
 *
 * <p>Thread-safe: the encoder is configured once and only read afterwards.
 */
final class PhoneticKey {
  private static final int CODE_LENGTH = 6;
  private static final DoubleMetaphone ENCODER = createEncoder();

  private PhoneticKey() {}

  /** The code of a folded surname, or null when it has no ASCII letters or is CJK. */
  static String of(String foldedSurname) {
    if (foldedSurname == null) {
      return null;
    }
    String letters = foldedSurname.replace(" ", "");
    if (letters.isEmpty() || !letters.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
      return null;
    }
    String code = ENCODER.doubleMetaphone(letters);
    return code == null || code.isEmpty() ? null : code;
  }

  private static DoubleMetaphone createEncoder() {
    DoubleMetaphone encoder = new DoubleMetaphone();
    encoder.setMaxCodeLen(CODE_LENGTH);
    return encoder;
  }
}
