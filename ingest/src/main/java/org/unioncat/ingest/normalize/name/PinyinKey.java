package org.unioncat.ingest.normalize.name;

import com.ibm.icu.text.Transliterator;
import java.util.LinkedHashSet;
import java.util.Set;
import org.unioncat.ingest.normalize.TextFolder;
import org.unioncat.ingest.normalize.title.HanSpaces;

/**
 * Letters-only keys that let a Chinese personal name in characters meet the same name in Hanyu
 * pinyin: 季野 and "Ji, Ye" (a CNMARC 701 $a typed in pinyin, a MARC21 100 without its 880) both
 * give "jiye"; 张西明 and "Zhang, Ximing" / "Zhang Xi Ming" both give "zhangximing". The Han side
 * goes through ICU's Han-Latin transform (Mandarin readings, tones dropped).
 *
 * <p>Pinyin is lossy — homophones (季野 / 纪烨) and a polyphonic character read another way give
 * the same or a different key — so a match is a partial agreement, never an equal name, and a
 * mismatch is no conflict: other romanizations (Wade-Giles "Chi, Yeh", Cantonese, Japanese
 * readings of kanji) never match.
 *
 * <p>Thread-safe: ICU transliterators are not, so each thread gets its own instance.
 */
public final class PinyinKey {
  private static final ThreadLocal<Transliterator> HAN_LATIN =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Han-Latin; Latin-ASCII; Lower"));

  private PinyinKey() {}

  /** The pinyin letters of a Han name (its key, role words already removed); "" when none. */
  public static String ofHan(String hanName) {
    if (hanName == null || !HanSpaces.containsCjk(hanName)) {
      return "";
    }
    return lettersOnly(HAN_LATIN.get().transliterate(hanName));
  }

  /**
   * The letter keys of a romanized name as catalogers write it: "Ji, Ye" gives "jiye"; a name in
   * direct order without a comma ("Ximing Zhang") also gives the surname-first reading
   * "zhangximing". Empty for a name in characters.
   */
  public static Set<String> ofLatin(String romanized) {
    Set<String> out = new LinkedHashSet<>();
    if (romanized == null || romanized.isBlank() || HanSpaces.containsCjk(romanized)) {
      return out;
    }
    String folded = TextFolder.fold(romanized);
    String whole = lettersOnly(folded);
    if (whole.isEmpty()) {
      return out;
    }
    out.add(whole);
    if (!romanized.contains(",")) {
      String[] words = folded.strip().split(" ");
      if (words.length >= 2) {
        out.add(lettersOnly(words[words.length - 1] + String.join("", java.util.Arrays.copyOf(words, words.length - 1))));
      }
    }
    return out;
  }

  private static String lettersOnly(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'a' && c <= 'z') {
        b.append(c);
      } else if (c >= 'A' && c <= 'Z') {
        b.append((char) (c + 32));
      }
    }
    return b.toString();
  }
}
