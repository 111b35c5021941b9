package org.unioncat.ingest.normalize;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

/**
 * Folds free text into a comparison key: Unicode NFKC with case folding (so full-width and
 * half-width forms, ligatures and case meet), diacritics removed (Müller = Muller, Čapek = Capek),
 * traditional Chinese folded to simplified (紅樓夢 = 红楼梦), punctuation and symbols of every script
 * (《》「」、：— …) removed, whitespace collapsed to single spaces.
 *
 * <p>The folded key is for comparison only: it loses information (ICU's Traditional-Simplified
 * transform also maps 著 to 着), so displays keep the original text.
 *
 * <p>Thread-safe: ICU transliterators are not, so each thread gets its own instance.
 */
public final class TextFolder {
  private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();
  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
  private static final ThreadLocal<Transliterator> TRAD_TO_SIMP =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));

  /**
   * No Han code point comes before the CJK Radicals Supplement (U+2E80), so the script lookup (a
   * binary search) is skipped below it; TextFolderAsciiFastPathTest checks this against the JDK.
   */
  static final int FIRST_HAN = 0x2E80;

  private TextFolder() {}

  /** The comparison key of {@code text}; never null ("" for null or blank input). */
  public static String fold(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    return isAscii(text) ? foldAscii(text) : foldUnicode(text);
  }

  /**
   * What {@link #foldUnicode} gives for pure ASCII text, without the ICU normalizers: most keys of
   * Latin-script records are ASCII, and the normalizers were a large share of normalization time.
   * In ASCII, NFKC case folding only lower-cases A-Z, NFD changes nothing, there are no marks and no
   * default-ignorable code points, and the letters and digits are exactly a-z, A-Z and 0-9; every
   * other character (space, punctuation, symbol, control) separates words.
   */
  static String foldAscii(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean pendingSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (pendingSpace && out.length() > 0) {
          out.append(' ');
        }
        pendingSpace = false;
        out.append(c);
      } else {
        pendingSpace = true;
      }
    }
    return out.toString();
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** The full folding of any text: see the type documentation. */
  static String foldUnicode(String text) {
    String s = NFKC_CASEFOLD.normalize(text);
    if (containsHan(s)) {
      s = TRAD_TO_SIMP.get().transliterate(s);
    }
    s = NFD.normalize(s);
    StringBuilder out = new StringBuilder(s.length());
    boolean pendingSpace = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
        continue; // diacritics: the base letter stays
      }
      if (Character.isLetterOrDigit(cp) || type == Character.COMBINING_SPACING_MARK) {
        if (pendingSpace && out.length() > 0) {
          out.append(' ');
        }
        pendingSpace = false;
        out.appendCodePoint(foldLetter(cp));
      } else if (!UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT)) {
        // whitespace, punctuation and symbols all separate words
        pendingSpace = true;
      }
    }
    return out.toString();
  }

  /** Letters that NFD does not decompose but catalogers treat as their base letter. */
  private static int foldLetter(int cp) {
    switch (cp) {
      case 'ø':
        return 'o';
      case 'đ':
        return 'd';
      case 'ł':
        return 'l';
      case 'ı':
        return 'i';
      case 'ħ':
        return 'h';
      case 'þ':
        return 't';
      default:
        return cp;
    }
  }

  /** Whether the text contains any Han ideograph (then it is worth the Chinese transforms). */
  public static boolean containsHan(String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (cp >= FIRST_HAN && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }
}
