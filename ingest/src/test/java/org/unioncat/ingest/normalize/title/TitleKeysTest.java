package org.unioncat.ingest.normalize.title;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitleKeysTest {

  /** Real titles (Open Library, RecordManager, dp2 BNU, OCLC 63111280) and catalogers' variants. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "Hello this is a           Title | hello this is a title",
        "Kitāb Yatīmat ud-Dahr | kitab yatimat ud dahr",
        "This & That | this and that",
        "A Fish & Chip shop | a fish and chip shop",
        "A Title. | a title",
        "A Title . | a title",
        "Your Baby's First Word Will Be DADA | your baby s first word will be dada",
        "Eli Whitney and the birth of American technology. | eli whitney and the birth of american"
            + " technology",
        "Contemporary approaches to cognition  | contemporary approaches to cognition",
        "'94中国发展报告 | 94中国发展报告",
        "'96 中国发展报告 | 96中国发展报告",
        "’92中国发展报告 | 92中国发展报告",
        "`93中国发展报告 | 93中国发展报告",
        "'2006中国散文排行榜 | 2006中国散文排行榜",
        "·附录· “中国近代史上的民族主义”国际学术研讨会综述 | 附录中国近代史上的民族主义国际学术研讨会综述",
        "日本民俗·信仰·藝能·與中國文化 | 日本民俗信仰艺能与中国文化",
        "日本民俗信仰藝能與中國文化 | 日本民俗信仰艺能与中国文化",
        "紅樓夢 | 红楼梦",
        "《红楼梦》 | 红楼梦",
        "红 楼 梦 | 红楼梦",
        "ＨＴＭＬ５权威指南 | html5权威指南",
        "Java编程思想 | java编程思想",
        "Java 编程思想 | java编程思想",
        "Riben min su, xin yang, yi neng, yu Zhongguo wen hua / | riben min su xin yang yi neng yu"
            + " zhongguo wen hua",
        "Die Räuber | die rauber",
        "\u0088The \u0089Hobbit | hobbit",
        "--- | \"\"",
      })
  void foldsTitleIntoKey(String title, String key) {
    assertThat(TitleKeys.key(title)).isEqualTo(key);
  }

  @org.junit.jupiter.api.Test
  void escapeSequenceNonSortingMarkersAreIgnored() {
    // ESC H ... ESC I, as ISO 2709 UNIMARC files write NSB/NSE (CSV would trim a leading ESC)
    assertThat(TitleKeys.key("\u001BHLes \u001BImisérables")).isEqualTo("miserables");
    assertThat(TitleKeys.withoutControlMarks("\u001BHLes \u001BImisérables"))
        .isEqualTo("Les misérables");
  }

  /** RecordManager createSortTitle expectations, with the count a cataloger puts in 245 ind2. */
  @ParameterizedTest(name = "{0} ind2={1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The Me | 4 | me",
        "The Me | 0 | the me",
        "Theme is this | 0 | theme is this",
        "\"The Others\" | 5 | others",
        "L'Avion | 2 | avion",
        "Ll'Avion | 0 | ll avion",
        "The Catcher in the Rye / | 4 | catcher in the rye",
        "A Title | 2 | title",
        "A Title | 4 | a title",
        "Die Räuber | 4 | rauber",
        "Das Kapital | 4 | kapital",
        "An essay | 9 | an essay",
        "The | 4 | the",
        "Le petit prince | 3 | petit prince",
        "El Aleph | 3 | aleph",
      })
  void nonFilingArticleIsIgnored(String title, char ind2, String key) {
    assertThat(TitleKeys.key(TitleKeys.skipNonFiling(title, ind2))).isEqualTo(key);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The hobbit / | The hobbit",
        "Riben min su, xin yang, yi neng, yu Zhongguo wen hua / | Riben min su, xin yang, yi neng,"
            + " yu Zhongguo wen hua",
        "Harry Potter : | Harry Potter",
        "Collected works ; | Collected works",
        "Eli Whitney and the birth of American technology. | Eli Whitney and the birth of American"
            + " technology",
        "Bruner, Jerome S. | Bruner, Jerome S.",
        "And then... | And then...",
        "Dickens & Co. | Dickens & Co.",
        "中国发展报告 = | 中国发展报告",
      })
  void isbdPunctuationIsTrimmedForDisplay(String text, String display) {
    assertThat(IsbdPunctuation.trim(text)).isEqualTo(display);
  }
}
