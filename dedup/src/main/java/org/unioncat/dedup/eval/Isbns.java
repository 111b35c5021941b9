package org.unioncat.dedup.eval;

import java.util.Optional;
import java.util.Random;

/** ISBN arithmetic for building realistic ISBNs: forms, check digits, hyphens. */
final class Isbns {
  private Isbns() {}

  /** The digits (and X) of the first ISBN-looking token of a 020$a / 010$a value. */
  static Optional<String> digits(String value) {
    String compact = value.replaceAll("[\\s-]", "");
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("(97[89]\\d{10})|(\\d{9}[\\dXx])").matcher(compact);
    if (!m.find()) {
      return Optional.empty();
    }
    return Optional.of(m.group().toUpperCase(java.util.Locale.ROOT));
  }

  static String to13(String isbn) {
    if (isbn.length() == 13) {
      return isbn;
    }
    String body = "978" + isbn.substring(0, 9);
    return body + check13(body);
  }

  /** The ISBN-10 form, or empty for a 979 ISBN (which has none). */
  static Optional<String> to10(String isbn) {
    if (isbn.length() == 10) {
      return Optional.of(isbn);
    }
    if (!isbn.startsWith("978")) {
      return Optional.empty();
    }
    String body = isbn.substring(3, 12);
    return Optional.of(body + check10(body));
  }

  /** Another ISBN-13 of the same publisher: the title number moved by {@code step}. */
  static String sibling(String isbn, int step) {
    String thirteen = to13(isbn);
    long title = Long.parseLong(thirteen.substring(7, 12));
    long next = Math.floorMod(title + step, 100_000L);
    String body = thirteen.substring(0, 7) + String.format("%05d", next);
    return body + check13(body);
  }

  /** A new ISBN-13 for a book of this flavour's usual registration group (7 China, 0 English). */
  static String random(Random random, boolean chinese) {
    String group = chinese ? "9787" : (random.nextBoolean() ? "9780" : "9783");
    StringBuilder body = new StringBuilder(group);
    while (body.length() < 12) {
      body.append(random.nextInt(10));
    }
    return body.toString() + check13(body.toString());
  }

  /** Hyphenated the way the seed's group usually is (publisher part length is approximate). */
  static String hyphenate(String isbn) {
    boolean thirteen = isbn.length() == 13;
    String prefix = thirteen ? isbn.substring(0, 3) + "-" : "";
    String rest = thirteen ? isbn.substring(3) : isbn;
    int publisher = rest.charAt(0) == '7' ? 4 : 3;
    return prefix
        + rest.charAt(0)
        + "-"
        + rest.substring(1, 1 + publisher)
        + "-"
        + rest.substring(1 + publisher, 9)
        + "-"
        + rest.charAt(9);
  }

  static char check13(String twelve) {
    int sum = 0;
    for (int i = 0; i < 12; i++) {
      sum += (twelve.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
    }
    return (char) ('0' + (10 - sum % 10) % 10);
  }

  static char check10(String nine) {
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (nine.charAt(i) - '0') * (10 - i);
    }
    int check = (11 - sum % 11) % 11;
    return check == 10 ? 'X' : (char) ('0' + check);
  }
}
