package org.unioncat.ingest.normalize.name;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unioncat.ingest.marc.ControlField;
import org.unioncat.ingest.marc.DataField;
import org.unioncat.ingest.marc.Leader;
import org.unioncat.ingest.marc.MarcField;
import org.unioncat.ingest.marc.MarcFlavour;
import org.unioncat.ingest.marc.MarcRecord;

class AuthorExtractorTest {
  private final AuthorExtractor extractor = new AuthorExtractor();

  private static MarcRecord record(DataField... fields) {
    List<MarcField> all = new ArrayList<>();
    all.add(new ControlField("001", "x"));
    all.addAll(List.of(fields));
    return new MarcRecord(Leader.defaultBook(), all);
  }

  @Test
  void authorizedHeadingWithDatesAndFullerForm() {
    List<AuthorEntry> names =
        extractor.extract(
            record(
                DataField.of("245", '1', '4', 'a', "The hobbit"),
                DataField.of(
                    "100",
                    '1',
                    ' ',
                    'a',
                    "Tolkien, J. R. R.",
                    'q',
                    "(John Ronald Reuel),",
                    'd',
                    "1892-1973.",
                    'e',
                    "author.")),
            MarcFlavour.MARC21);
    assertThat(names)
        .containsExactly(
            new AuthorEntry(
                "Tolkien, J. R. R. (John Ronald Reuel)",
                "tolkien jrr",
                "TLKN",
                NameKind.PERSONAL,
                true,
                false,
                true,
                "1892-1973",
                "100$a"));
  }

  @Test
  void freeFormAddedEntryIsNotAuthorizedButSharesTheKey() {
    List<AuthorEntry> names =
        extractor.extract(
            record(DataField.of("700", '1', ' ', 'a', "Tolkien, John Ronald Reuel.")),
            MarcFlavour.MARC21);
    assertThat(names)
        .containsExactly(
            new AuthorEntry(
                "Tolkien, John Ronald Reuel",
                "tolkien jrr",
                "TLKN",
                NameKind.PERSONAL,
                false,
                false,
                false,
                null,
                "700$a"));
    assertThat(NameKeys.keyOf("by J.R.R. Tolkien.")).isEqualTo(names.get(0).key());
  }

  /** OCLC 63111280: romanized 100 and its 880 in traditional characters. */
  @Test
  void marc21NameIsFollowedByItsLinked880() {
    List<AuthorEntry> names =
        extractor.extract(
            record(
                DataField.of("100", '1', ' ', '6', "880-01", 'a', "Ye, Hanao,", 'd', "1952-"),
                DataField.of("245", '1', '0', '6', "880-02", 'a', "Riben min su /"),
                DataField.of("880", '1', ' ', '6', "100-01", 'a', "葉漢鰲,", 'd', "1952-")),
            MarcFlavour.MARC21);
    assertThat(names)
        .containsExactly(
            new AuthorEntry(
                "Ye, Hanao", "ye h", "A", NameKind.PERSONAL, true, false, true, "1952-", "100$a"),
            new AuthorEntry(
                "葉漢鰲", "叶汉鳌", null, NameKind.PERSONAL, true, true, true, "1952-", "880(100)$a"));
  }

  @Test
  void mainEntryComesFirstThenAddedEntriesInRecordOrder() {
    List<AuthorEntry> names =
        extractor.extract(
            record(
                DataField.of("700", '1', ' ', 'a', "Timpane, P. Michael,", 'e', "editor."),
                DataField.of(
                    "710",
                    '2',
                    ' ',
                    'a',
                    "Brookings Institution.",
                    'b',
                    "Panel on Social Experimentation."),
                DataField.of("100", '1', ' ', 'a', "Pechman, Joseph A.")),
            MarcFlavour.MARC21);
    assertThat(names)
        .extracting(AuthorEntry::key)
        .containsExactly(
            "pechman ja", "timpane pm", "brookings institution panel on social experimentation");
    assertThat(names).extracting(AuthorEntry::main).containsExactly(true, false, false);
    assertThat(names)
        .extracting(AuthorEntry::kind)
        .containsExactly(NameKind.PERSONAL, NameKind.PERSONAL, NameKind.CORPORATE);
    assertThat(names.get(2).source()).isEqualTo("710$a$b");
    assertThat(names.get(2).display())
        .isEqualTo("Brookings Institution Panel on Social Experimentation");
  }

  @Test
  void marc21MeetingName() {
    List<AuthorEntry> names =
        extractor.extract(
            record(
                DataField.of(
                    "111",
                    '2',
                    ' ',
                    'a',
                    "Conference on Civil Engineering Problems Overseas",
                    'd',
                    "(1964 :",
                    'c',
                    "London)")),
            MarcFlavour.MARC21);
    assertThat(names)
        .containsExactly(
            new AuthorEntry(
                "Conference on Civil Engineering Problems Overseas London",
                "conference on civil engineering problems overseas london",
                null,
                NameKind.MEETING,
                true,
                false,
                true,
                "1964",
                "111$a"));
  }

  /** dp2 BNU MARC21 record of a Chinese book: 700 ind1 0 with the name in characters. */
  @Test
  void marc21ChineseNamesInCharacters() {
    List<AuthorEntry> names =
        extractor.extract(
            record(
                DataField.of("245", '1', ' ', 'a', "'2006中国散文排行榜", 'c', "周明，王宗仁主编"),
                DataField.of("700", '0', ' ', 'a', "周明"),
                DataField.of("700", '0', ' ', 'a', "王宗仁")),
            MarcFlavour.MARC21);
    assertThat(names).extracting(AuthorEntry::key).containsExactly("周明", "王宗仁");
    assertThat(names).extracting(AuthorEntry::cjk).containsExactly(true, true);
    assertThat(NameKeys.keyOf("周明，王宗仁主编")).isEqualTo("周明");
  }

  @Test
  void forenameEntryIsKeyedWhole() {
    List<AuthorEntry> names =
        extractor.extract(
            record(DataField.of("100", '0', ' ', 'a', "Voltaire,", 'd', "1694-1778.")),
            MarcFlavour.MARC21);
    assertThat(names.get(0).key()).isEqualTo("voltaire");
    assertThat(names.get(0).dates()).isEqualTo("1694-1778");
  }

  /** dp2 BNU CNMARC '94 record: two 701 with $4 主编 and a 711 with pinyin $A. */
  @Test
  void cnmarcPrimaryNamesWithRelatorsAndPinyin() {
    List<AuthorEntry> names =
        extractor.extract(
            record(
                DataField.of("200", '1', ' ', 'a', "'94中国发展报告", 'f', "国家统计局编"),
                DataField.of("701", ' ', '0', 'a', "叶震", 'A', "Xie Zhen", '4', "主编"),
                DataField.of("701", ' ', '0', 'a', "李强", 'A', "Li Qiang", '4', "主编"),
                DataField.of("711", '0', '2', 'a', "国家统计局", 'A', "Guo Jia Tong Ji Ju", '4', "编")),
            MarcFlavour.CNMARC);
    assertThat(names)
        .containsExactly(
            new AuthorEntry("叶震", "叶震", null, NameKind.PERSONAL, true, true, false, null, "701$a"),
            new AuthorEntry("李强", "李强", null, NameKind.PERSONAL, true, true, false, null, "701$a"),
            new AuthorEntry(
                "国家统计局", "国家统计局", null, NameKind.CORPORATE, true, true, false, null, "711$a"));
    assertThat(NameKeys.keyOf("国家统计局编")).isEqualTo(names.get(2).key());
  }

  @Test
  void cnmarcSecondaryNamesComeAfterPrimaryOnes() {
    List<AuthorEntry> names =
        extractor.extract(
            record(
                DataField.of("702", ' ', '0', 'a', "吴劳", '4', "译"),
                DataField.of("701", ' ', '1', 'a', "Hemingway", 'b', "Ernest", 'f', "1899-1961"),
                DataField.of("700", ' ', '0', 'a', "曹雪芹著", 'f', "1715?-1763?")),
            MarcFlavour.CNMARC);
    assertThat(names)
        .containsExactly(
            new AuthorEntry(
                "曹雪芹", "曹雪芹", null, NameKind.PERSONAL, true, true, true, "1715?-1763?", "700$a"),
            new AuthorEntry(
                "Hemingway, Ernest",
                "hemingway e",
                "HMNK",
                NameKind.PERSONAL,
                true,
                false,
                true,
                "1899-1961",
                "701$a$b"),
            new AuthorEntry(
                "吴劳", "吴劳", null, NameKind.PERSONAL, false, true, false, null, "702$a"));
  }

  @Test
  void cnmarcTraditionalAndSimplifiedNamesShareAKey() {
    List<AuthorEntry> traditional =
        extractor.extract(record(DataField.of("701", ' ', '0', 'a', "曹 雪芹")), MarcFlavour.CNMARC);
    List<AuthorEntry> marc21 =
        extractor.extract(
            record(DataField.of("880", '0', ' ', '6', "100-00/$1", 'a', "曹雪芹,")),
            MarcFlavour.MARC21);
    assertThat(traditional.get(0).key()).isEqualTo("曹雪芹").isEqualTo(marc21.get(0).key());
    assertThat(marc21.get(0).source()).isEqualTo("880(100)$a");
  }

  @Test
  void unimarcMeetingIsToldByIndicator() {
    List<AuthorEntry> names =
        extractor.extract(
            record(DataField.of("712", '1', '2', 'a', "全国图书馆学术研讨会", 'd', "2005", 'f', "北京")),
            MarcFlavour.CNMARC);
    assertThat(names.get(0).kind()).isEqualTo(NameKind.MEETING);
    assertThat(names.get(0).main()).isFalse();
  }

  @Test
  void cjkDisplayKeepsTheDynastyPrefixButTheKeyDropsIt() {
    List<AuthorEntry> names =
        extractor.extract(
            record(DataField.of("701", ' ', '0', 'a', "[清]曹雪芹著", 'f', "1715?-1763?")),
            MarcFlavour.CNMARC);
    assertThat(names)
        .containsExactly(
            new AuthorEntry(
                "[清]曹雪芹", "曹雪芹", null, NameKind.PERSONAL, true, true, true, "1715?-1763?",
                "701$a"));
  }

  @Test
  void emptyNameFieldsAreSkipped() {
    assertThat(
            extractor.extract(
                record(DataField.of("100", '1', ' ', 'a', " , ", 'd', "1950-")),
                MarcFlavour.MARC21))
        .isEmpty();
    assertThat(extractor.extract(null, MarcFlavour.MARC21)).isEmpty();
  }
}
