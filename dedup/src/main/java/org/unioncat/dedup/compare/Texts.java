package org.unioncat.dedup.compare;

import java.util.Collection;
import java.util.Iterator;

/** Small helpers for bilingual explanations. */
final class Texts {
  private Texts() {}

  static String orNone(Object o) {
    return o == null ? "?" : o.toString();
  }

  static String join(Collection<?> values) {
    StringBuilder out = new StringBuilder();
    Iterator<?> it = values.iterator();
    while (it.hasNext()) {
      out.append(it.next());
      if (it.hasNext()) {
        out.append(", ");
      }
    }
    return out.toString();
  }

  /** "1st", "2nd", "3rd", "4th" ... */
  static String ordinal(int n) {
    int mod100 = n % 100;
    if (mod100 >= 11 && mod100 <= 13) {
      return n + "th";
    }
    return switch (n % 10) {
      case 1 -> n + "st";
      case 2 -> n + "nd";
      case 3 -> n + "rd";
      default -> n + "th";
    };
  }

  /** Whether the string holds a Han, kana or hangul character. */
  static boolean hasCjk(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x2E80 && c <= 0x9FFF || c >= 0xAC00 && c <= 0xD7AF || c >= 0xF900 && c <= 0xFAFF) {
        return true;
      }
      if (Character.isSurrogate(c)) {
        int cp = s.codePointAt(i);
        if (cp >= 0x20000 && cp <= 0x3FFFF) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the string holds an ASCII or Latin letter. */
  static boolean hasLatin(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0xC0 && c <= 0x24F) {
        return true;
      }
    }
    return false;
  }
}
