package org.unioncat.ingest.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextFolderTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The Catcher in the Rye / | the catcher in the rye",
        "Müller, Hans | muller hans",
        "Čapek : R.U.R. | capek r u r",
        "Straße | strasse",
        "Søren Kierkegaard | soren kierkegaard",
        "Łódź | lodz",
        "ＡＢＣ　１２３ | abc 123",
        "《红楼梦》 | 红楼梦",
        "紅樓夢 | 红楼梦",
        "中国近代史 : 1840-1949 | 中国近代史 1840 1949",
        "「西游记」、研究 | 西游记 研究",
        "  many   spaces\there  | many spaces here",
        "ﬁnancial | financial",
      })
  void foldsTextIntoComparisonKey(String text, String expected) {
    assertThat(TextFolder.fold(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"--- | ''", "''| ''", "...?! | ''"})
  void punctuationOnlyFoldsToEmpty(String text, String expected) {
    assertThat(TextFolder.fold(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"Müller | true", "Muller | true", "红楼梦 | true"})
  void foldingIsIdempotent(String text, boolean unused) {
    String once = TextFolder.fold(text);
    assertThat(TextFolder.fold(once)).isEqualTo(once);
  }
}
