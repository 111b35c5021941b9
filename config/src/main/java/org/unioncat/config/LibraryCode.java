package org.unioncat.config;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The code of a member library, e.g. {@code BNU} or {@code PKU-LAW}: 2-20 upper-case letters,
 * digits, hyphens or underscores. Codes are compared upper-cased, so "bnu" and "BNU" are the same
 * library. Immutable.
 */
public record LibraryCode(String value) {
  private static final Pattern VALID = Pattern.compile("[A-Z0-9][A-Z0-9_-]{1,19}");

  public LibraryCode {
    if (value == null) {
      throw new IllegalArgumentException("a library code is required");
    }
    value = value.trim().toUpperCase(Locale.ROOT);
    if (!VALID.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "library code '"
              + value
              + "' is not valid: use 2-20 letters, digits, '-' or '_', starting with a letter or"
              + " digit");
    }
  }

  public static LibraryCode of(String value) {
    return new LibraryCode(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
