package org.unioncat.ingest.normalize.title;

/**
 * Removes spaces next to CJK characters in a folded key. Chinese and Japanese do not separate words
 * with spaces, so a space there is an accident of typing or the remains of folded punctuation
 * ("日本民俗·信仰" folds to "日本民俗 信仰", "'96 中国发展报告" has a stray space): keys must not depend on it.
 * Spaces between two Latin words stay.
 *
 * <p>Stateless and thread-safe.
 */
public final class HanSpaces {
  /**
   * No Han, kana or hangul code point comes before the Hangul Jamo block (U+1100); HanSpacesTest
   * checks this against the JDK's script tables.
   */
  static final int FIRST_CJK = 0x1100;

  private HanSpaces() {}

  /** {@code key} with every space that touches a CJK character removed. */
  public static String squeeze(String key) {
    if (key == null || key.indexOf(' ') < 0) {
      return key;
    }
    StringBuilder out = new StringBuilder(key.length());
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c == ' ') {
        int before = out.length() == 0 ? -1 : out.codePointBefore(out.length());
        int after = i + 1 < key.length() ? key.codePointAt(i + 1) : -1;
        if (before < 0 || after < 0 || isCjk(before) || isCjk(after)) {
          continue;
        }
      }
      out.append(c);
    }
    return out.toString();
  }

  /** Whether the text holds any Han, kana or hangul character. */
  public static boolean containsCjk(String text) {
    if (text == null) {
      return false;
    }
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (isCjk(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  static boolean isCjk(int cp) {
    if (cp < FIRST_CJK) {
      return false; // Latin text: skip the script lookup (a binary search) for every character
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.HANGUL;
  }
}
