package org.unioncat.ingest.normalize.title;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HanSpacesTest {

  @Test
  void noCjkScriptBeforeTheQuickCheckBound() {
    for (int cp = 0; cp < HanSpaces.FIRST_CJK; cp++) {
      Character.UnicodeScript script = Character.UnicodeScript.of(cp);
      assertThat(script)
          .as("U+%04X", cp)
          .isNotIn(
              Character.UnicodeScript.HAN,
              Character.UnicodeScript.HIRAGANA,
              Character.UnicodeScript.KATAKANA,
              Character.UnicodeScript.HANGUL);
    }
    assertThat(HanSpaces.isCjk(HanSpaces.FIRST_CJK)).isTrue(); // U+1100 HANGUL CHOSEONG KIYEOK
  }

  @Test
  void squeezesSpacesTouchingCjkOnly() {
    assertThat(HanSpaces.squeeze("日本民俗 信仰")).isEqualTo("日本民俗信仰");
    assertThat(HanSpaces.squeeze("96 中国发展报告")).isEqualTo("96中国发展报告");
    assertThat(HanSpaces.squeeze("한국 역사 and more")).isEqualTo("한국역사and more");
    assertThat(HanSpaces.squeeze("the hobbit")).isEqualTo("the hobbit");
  }
}
