package org.unioncat.ingest.normalize.isbn;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unioncat.ingest.normalize.Whitespace;

/**
 * Separates the ISBN number in a 020$a / 010$a value from its label, qualifier and price: "ISBN
 * 0-14-044913-6 (pbk.) : $6.95" gives digits "0140449136" and qualifier "pbk.". It does not
 * validate: {@link Isbn#ofDigits} does.
 *
 * <p>Rules: NFKC first (full-width digits and brackets in Chinese records); an "ISBN", "ISBN-13"
 * or "SBN" label is dropped; digit groups joined by hyphens always belong together, groups joined
 * by a space only while the total stays at most thirteen digits (so "0521265355 2 v." stops at ten
 * digits); an 'X' or 'x' ends the number. A nine-digit number labelled "SBN" gets a leading 0 (see
 * the package documentation for why unlabelled ones do not).
 *
 * <p>Cleaning is idempotent on the digits and never throws. Stateless and thread-safe.
 */
public final class IsbnCleaner {
  private static final Pattern DASHES = Pattern.compile("[\u2010-\u2015\u2212]");
  private static final Pattern EDGE_PUNCTUATION =
      Pattern.compile("^[\\s:;,/=.]+|[\\s:;,/=]+$");
  private static final Pattern LABEL =
      Pattern.compile("^\\s*(I?SBN)(?:[-\\s]?1[03])?\\s*[:：.]?\\s*", Pattern.CASE_INSENSITIVE);
  private static final Pattern GROUP = Pattern.compile("[0-9]+[Xx]?|[Xx]");
  private static final Pattern PAREN = Pattern.compile("\\(([^()]*)\\)");
  private static final Pattern PRICE =
      Pattern.compile(
          "(?:(?:CNY|RMB|USD|US\\$|HK\\$|NT\\$|EUR|GBP|DM|Kr|Bs|¥|\\$|£|€)\\s*赠?\\s*\\d[\\d.,]*"
              + "|\\d[\\d.,]*\\s*(?:元|yuan|lei|rub|руб\\.?|F|Kč|zł|lv|€))",
          Pattern.CASE_INSENSITIVE);

  private IsbnCleaner() {}

  /** Splits {@code raw} into number and qualifier; null or blank gives ("", ""). */
  public static CleanedIsbn clean(String raw) {
    if (raw == null || raw.isBlank()) {
      return new CleanedIsbn("", "");
    }
    String s = DASHES.matcher(Normalizer.normalize(raw, Normalizer.Form.NFKC)).replaceAll("-");
    boolean sbn = false;
    Matcher label = LABEL.matcher(s);
    if (label.find()) {
      sbn = label.group(1).equalsIgnoreCase("SBN");
      s = s.substring(label.end());
    }
    int start = firstDigitOrX(s);
    if (start < 0) {
      return new CleanedIsbn("", qualifier(s));
    }
    StringBuilder digits = new StringBuilder(13);
    int end = start;
    Matcher group = GROUP.matcher(s);
    int pos = start;
    while (group.find(pos) && group.start() == pos) {
      String g = group.group().toUpperCase(Locale.ROOT);
      String separator = s.substring(end, group.start());
      if (digits.length() > 0 && !joins(digits, separator, g)) {
        break;
      }
      digits.append(g);
      end = group.end();
      if (g.endsWith("X")) {
        break; // a check character ends the number
      }
      pos = skipSeparator(s, end);
      if (pos == end) {
        break;
      }
    }
    String number = digits.toString();
    if (sbn && number.length() == 9 && IsbnChecksums.allDigits(number, 0, 9)) {
      number = "0" + number;
    }
    return new CleanedIsbn(number, qualifier(s.substring(0, start) + " " + s.substring(end)));
  }

  /** Whether the group {@code g} after {@code separator} continues the number so far. */
  private static boolean joins(StringBuilder soFar, String separator, String g) {
    if (soFar.charAt(soFar.length() - 1) == 'X') {
      return false;
    }
    int total = soFar.length() + g.length();
    if (separator.indexOf('-') >= 0) {
      return true; // hyphens are always inside one number, even a wrong one
    }
    if (total > 13 || soFar.length() >= 13) {
      return false;
    }
    if (soFar.length() == 10) {
      // a complete ISBN-10 followed by a space: only a spaced ISBN-13 continues
      return total == 13 && (soFar.indexOf("978") == 0 || soFar.indexOf("979") == 0);
    }
    return true;
  }

  /** The index after a separator ("-", " ", " - ") at {@code from}, or {@code from} if none. */
  private static int skipSeparator(String s, int from) {
    int i = from;
    int spaces = 0;
    int hyphens = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == ' ') {
        spaces++;
      } else if (c == '-') {
        hyphens++;
      } else {
        break;
      }
      i++;
    }
    if (spaces > 2 || hyphens > 1 || i >= s.length() || !isDigitOrX(s.charAt(i))) {
      return from;
    }
    return i;
  }

  private static int firstDigitOrX(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        return i;
      }
    }
    return -1;
  }

  private static boolean isDigitOrX(char c) {
    return (c >= '0' && c <= '9') || c == 'X' || c == 'x';
  }

  /** The words around the number: parenthesized parts first, then the rest without prices. */
  private static String qualifier(String rest) {
    List<String> parts = new ArrayList<>(2);
    Matcher m = PAREN.matcher(rest);
    StringBuilder outside = new StringBuilder();
    int last = 0;
    while (m.find()) {
      addPart(parts, m.group(1));
      outside.append(rest, last, m.start()).append(' ');
      last = m.end();
    }
    outside.append(rest.substring(last));
    addPart(parts, withoutPrices(outside));
    return String.join(" ; ", parts);
  }

  /**
   * {@code text} with prices replaced by a space. Every price has an ASCII digit, and most
   * qualifiers ("pbk.", "alk. paper") have none: then the case-insensitive scan is skipped.
   */
  private static String withoutPrices(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        return PRICE.matcher(text).replaceAll(" ");
      }
    }
    return text.toString();
  }

  private static void addPart(List<String> parts, String text) {
    String t = EDGE_PUNCTUATION.matcher(Whitespace.collapse(text)).replaceAll("");
    if (t.codePoints().anyMatch(Character::isLetter)) {
      parts.add(t);
    }
  }
}
