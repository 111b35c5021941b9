package org.unioncat.ingest.normalize.name;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PinyinKeyTest {
  @Test
  void hanNamesMeetTheirPinyin() {
    assertThat(PinyinKey.ofHan("季野")).isEqualTo("jiye");
    assertThat(PinyinKey.ofHan("张西明")).isEqualTo("zhangximing");
    assertThat(PinyinKey.ofLatin("Ji, Ye")).containsExactly("jiye");
    assertThat(PinyinKey.ofLatin("Zhang, Ximing.")).containsExactly("zhangximing");
    assertThat(PinyinKey.ofLatin("Zhang Xi Ming")).contains("zhangximing");
    assertThat(PinyinKey.ofLatin("Ximing Zhang")).contains("zhangximing");
  }

  @Test
  void otherRomanizationsAndScriptsGiveNoMatch() {
    assertThat(PinyinKey.ofLatin("Chi, Yeh")).doesNotContain(PinyinKey.ofHan("季野"));
    assertThat(PinyinKey.ofLatin("季野")).isEmpty();
    assertThat(PinyinKey.ofHan("Ji, Ye")).isEmpty();
    assertThat(PinyinKey.ofHan(null)).isEmpty();
  }
}
