package org.unioncat.ingest.normalize.title;

/**
 * Recognizes a title garbled by a wrong character set on download or upload (cause 11: "wrong
 * MARC flavour or character set selected"): GBK/GB 18030, Big5 or UTF-8 bytes shown as Latin-1 or
 * windows-1252 ("'97ÖÐ¹ú·¢Õ¹±¨¸æ", "ä¸­å›½"), bytes a UTF-8 decoder could not read (U+FFFD),
 * C1 control characters, or the "???" an ASCII-only client writes for every character it cannot
 * encode. Such a title is not a title: matching on it would compare noise.
 *
 * <p>The rule is about byte shapes, not languages: every Han character of GBK or Big5 is two bytes
 * of 0x81-0xFE and every one of UTF-8 is three of 0x80-0xEF, so read as a single-byte Western set
 * they give runs of accented letters and symbols with no ASCII between them. Real words in Latin
 * scripts put ASCII letters between their accented ones ("Þjóðsögur", "Économie", "Müßiggang"): a run
 * of four such characters does not occur in them. Stateless and thread-safe.
 */
final class GarbledText {
  /** Consecutive high characters that a real Latin-script word never has. */
  private static final int RUN = 4;

  private GarbledText() {}

  static boolean isGarbled(String s) {
    if (s == null || s.isEmpty()) {
      return false;
    }
    int run = 0;
    int questionMarks = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\uFFFD' || c >= '\u0080' && c <= '\u009F') {
        return true; // undecodable bytes, or control characters no cataloger types
      }
      questionMarks = c == '?' ? questionMarks + 1 : 0;
      if (questionMarks >= 4) { // "What???" is a title; four or more in a row is a lost script
        return true;
      }
      run = highSingleByte(c) ? run + 1 : 0;
      if (run >= RUN) {
        return true;
      }
    }
    return false;
  }

  /** A character of the upper half of Latin-1 or windows-1252 (what a lead or trail byte becomes). */
  private static boolean highSingleByte(char c) {
    if (c >= '\u00A0' && c <= '\u00FF') {
      return true;
    }
    return "ŒœŠšŽžŸƒˆ˜‚„…†‡‰‹›‘’“”•–—™€".indexOf(c) >= 0;
  }
}
