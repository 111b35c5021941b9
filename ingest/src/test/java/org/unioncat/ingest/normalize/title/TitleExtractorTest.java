package org.unioncat.ingest.normalize.title;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unioncat.ingest.marc.ControlField;
import org.unioncat.ingest.marc.DataField;
import org.unioncat.ingest.marc.Leader;
import org.unioncat.ingest.marc.MarcFlavour;
import org.unioncat.ingest.marc.MarcRecord;

class TitleExtractorTest {
  private final TitleExtractor extractor = new TitleExtractor();

  private static MarcRecord record(DataField... fields) {
    List<Object> all = new java.util.ArrayList<>();
    all.add(new ControlField("001", "x"));
    all.addAll(List.of(fields));
    return new MarcRecord(
        Leader.defaultBook(),
        all.stream().map(o -> (org.unioncat.ingest.marc.MarcField) o).toList());
  }

  @Test
  void marc21TitleWithArticleSubtitleAndResponsibility() {
    MarcRecord r =
        record(
            DataField.of(
                "245",
                '1',
                '4',
                'a',
                "The hobbit, or, There and back again /",
                'c',
                "by J.R.R. Tolkien."));
    TitleInfo t = extractor.extract(r, MarcFlavour.MARC21);
    assertThat(t)
        .isEqualTo(
            new TitleInfo(
                "The hobbit, or, There and back again",
                null,
                "hobbit or there and back again",
                "hobbit or there and back again",
                null,
                PartInfo.NONE,
                "by J.R.R. Tolkien",
                "245$a",
                false,
                false,
                false));
  }

  @Test
  void remainderGoesIntoFullKeyOnly() {
    MarcRecord r =
        record(
            DataField.of(
                "245",
                '1',
                '0',
                'a',
                "Contemporary approaches to cognition :",
                'b',
                "a symposium held at the University of Colorado."));
    TitleInfo t = extractor.extract(r, MarcFlavour.MARC21);
    assertThat(t.key()).isEqualTo("contemporary approaches to cognition");
    assertThat(t.remainder()).isEqualTo("a symposium held at the University of Colorado");
    assertThat(t.fullKey())
        .isEqualTo(
            "contemporary approaches to cognition a symposium held at the university of colorado");
  }

  /** OCLC 63111280: romanized 245 and its 880 in traditional characters. */
  @Test
  void romanizedMarc21TitleKeepsTheKeyOfItsLinked880() {
    MarcRecord r =
        record(
            DataField.of(
                "245",
                '1',
                '0',
                '6',
                "880-02",
                'a',
                "Riben min su, xin yang, yi neng, yu Zhongguo wen hua /",
                'c',
                "Ye Hanao zhu."),
            DataField.of("880", '1', '0', '6', "245-02", 'a', "日本民俗·信仰·藝能·與中國文化 /", 'c', "葉漢鰲著."));
    TitleInfo t = extractor.extract(r, MarcFlavour.MARC21);
    assertThat(t.key()).isEqualTo("riben min su xin yang yi neng yu zhongguo wen hua");
    assertThat(t.altScriptKey()).isEqualTo("日本民俗信仰艺能与中国文化");
    assertThat(t.responsibility()).isEqualTo("Ye Hanao zhu");
  }

  @Test
  void altScriptKeyIsNullWithoutAn880() {
    MarcRecord r =
        record(DataField.of("245", '1', '0', 'a', "'08中国改革跟踪报告", 'c', "国家发展和改革委员会经济体制与管理研究所课题组编"));
    TitleInfo t = extractor.extract(r, MarcFlavour.MARC21);
    assertThat(t.altScriptKey()).isNull();
    assertThat(t.key()).isEqualTo("08中国改革跟踪报告");
  }

  @Test
  void traditionalAndSimplifiedTitlesShareAKey() {
    TitleInfo traditional =
        extractor.extract(
            record(DataField.of("200", '1', ' ', 'a', "紅樓夢", 'f', "曹雪芹著")), MarcFlavour.CNMARC);
    TitleInfo simplified =
        extractor.extract(
            record(DataField.of("245", '1', '0', 'a', "红楼梦 /", 'c', "曹雪芹著.")), MarcFlavour.MARC21);
    assertThat(traditional.key()).isEqualTo("红楼梦").isEqualTo(simplified.key());
    assertThat(traditional.titleProper()).isEqualTo("紅樓夢");
  }

  /** dp2 BNU '94 CNMARC record: pinyin $A is ignored, $f is the responsibility. */
  @Test
  void cnmarcTitleIgnoresPinyinSubfields() {
    MarcRecord r =
        record(
            DataField.of(
                "200",
                '1',
                ' ',
                'a',
                "'96 中国发展报告",
                'A',
                "'96 Zhong Guo Fa Zhan Bao Gao",
                'e',
                "中国的“八五”",
                'f',
                "国家统计局编",
                'F',
                "Guo Jia Tong Ji Ju Bian"));
    TitleInfo t = extractor.extract(r, MarcFlavour.CNMARC);
    assertThat(t)
        .isEqualTo(
            new TitleInfo(
                "'96 中国发展报告",
                "中国的“八五”",
                "96中国发展报告",
                "96中国发展报告中国的八五",
                null,
                PartInfo.NONE,
                "国家统计局编",
                "200$a",
                false,
                false,
                false));
  }

  @Test
  void cnmarcNonSortingMarkersAreIgnored() {
    TitleInfo t =
        extractor.extract(
            record(DataField.of("200", '1', ' ', 'a', "\u0088The \u0089hobbit")),
            MarcFlavour.UNIMARC);
    assertThat(t.titleProper()).isEqualTo("The hobbit");
    assertThat(t.key()).isEqualTo("hobbit");
  }

  @Test
  void repeatedCnmarcTitlesAreAllKeyed() {
    TitleInfo t =
        extractor.extract(
            record(DataField.of("200", '0', ' ', 'a', "呐喊", 'a', "彷徨", 'f', "鲁迅著")),
            MarcFlavour.CNMARC);
    assertThat(t.titleProper()).isEqualTo("呐喊 ; 彷徨");
    assertThat(t.key()).isEqualTo("呐喊彷徨");
  }

  @Test
  void marc21PartNumberAndName() {
    TitleInfo t =
        extractor.extract(
            record(
                DataField.of(
                    "245",
                    '1',
                    '0',
                    'a',
                    "Harry Potter.",
                    'n',
                    "Part 2,",
                    'p',
                    "Chamber of secrets /",
                    'c',
                    "J.K. Rowling.")),
            MarcFlavour.MARC21);
    assertThat(t.key()).isEqualTo("harry potter");
    assertThat(t.part())
        .isEqualTo(new PartInfo(List.of(2), false, "Chamber of secrets", "Part 2", "245$n$p"));
  }

  @Test
  void cnmarcPartFromDollarH() {
    TitleInfo t =
        extractor.extract(
            record(DataField.of("200", '1', ' ', 'a', "中国通史", 'h', "第二卷", 'i', "秦汉")),
            MarcFlavour.CNMARC);
    assertThat(t.part()).isEqualTo(new PartInfo(List.of(2), false, "秦汉", "第二卷", "200$h$i"));
  }

  @ParameterizedTest(name = "{0} -> {1} + {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "红楼梦. 上册 | 红楼梦 | 上册 | 1 | false",
        "红楼梦下册 | 红楼梦 | 下册 | '' | true",
        "三国演义(下) | 三国演义 | 下 | '' | true",
        "中国通史 第二卷 | 中国通史 | 第二卷 | 2 | false",
        "鲁迅全集·第11卷 | 鲁迅全集 | 第11卷 | 11 | false",
        "资治通鉴 卷三 | 资治通鉴 | 卷三 | 3 | false",
      })
  void partHiddenAtTheEndOfCnmarcTitleIsSplitOff(
      String a, String title, String raw, String number, boolean last) {
    TitleInfo t =
        extractor.extract(record(DataField.of("200", '1', ' ', 'a', a)), MarcFlavour.CNMARC);
    assertThat(t.titleProper()).isEqualTo(title);
    assertThat(t.part().raw()).isEqualTo(raw);
    assertThat(t.part().numbers())
        .isEqualTo(number.isEmpty() ? List.of() : List.of(Integer.valueOf(number)));
    assertThat(t.part().lastPart()).isEqualTo(last);
    assertThat(t.part().source()).isEqualTo("200$a");
  }

  @ParameterizedTest(name = "{0} stays whole")
  @CsvSource({"上海史", "中国", "第二卷", "下册", "上下五千年"})
  void titlesThatMerelyContainPartWordsAreNotSplit(String a) {
    TitleInfo t =
        extractor.extract(record(DataField.of("200", '1', ' ', 'a', a)), MarcFlavour.CNMARC);
    assertThat(t.titleProper()).isEqualTo(a);
    assertThat(t.part()).isEqualTo(PartInfo.NONE);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "REQUIRED FIELD",
        "required field",
        "Required Field /",
        "[No title]",
        "无题名",
        "TITLE"
      })
  void placeholderTitlesAreFlagged(String a) {
    TitleInfo t =
        extractor.extract(record(DataField.of("245", '0', '0', 'a', a)), MarcFlavour.MARC21);
    assertThat(t.placeholder()).isTrue();
    assertThat(t.missing()).isFalse();
    assertThat(t.usable()).isFalse();
  }

  @Test
  void punctuationOnlyTitleIsFlagged() {
    TitleInfo t =
        extractor.extract(record(DataField.of("200", '1', ' ', 'a', "？？？")), MarcFlavour.CNMARC);
    assertThat(t.punctuationOnly()).isTrue();
    assertThat(t.key()).isEmpty();
    assertThat(t.placeholder()).isFalse();
  }

  @Test
  void missingTitleFieldIsFlagged() {
    TitleInfo t =
        extractor.extract(
            record(DataField.of("100", '1', ' ', 'a', "Smith, John")), MarcFlavour.MARC21);
    assertThat(t.missing()).isTrue();
    assertThat(t.key()).isEmpty();
    assertThat(t.source()).isNull();
  }

  @Test
  void blankTitleProperIsMissing() {
    TitleInfo t =
        extractor.extract(
            record(DataField.of("245", '0', '0', 'a', "  ", 'c', "by John Smith.")),
            MarcFlavour.MARC21);
    assertThat(t.missing()).isTrue();
    assertThat(t.responsibility()).isEqualTo("by John Smith");
  }

  @Test
  void marc21RecordReadAsCnmarcHasNoTitle() {
    TitleInfo t =
        extractor.extract(record(DataField.of("245", '0', '0', 'a', "Title")), MarcFlavour.CNMARC);
    assertThat(t.missing()).isTrue();
  }
}
