package org.unioncat.ingest.normalize.title;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartNumberParserTest {

  private static List<Integer> ints(String list) {
    return list.isEmpty()
        ? List.of()
        : Arrays.stream(list.split(",")).map(Integer::valueOf).toList();
  }

  @ParameterizedTest(name = "{0} -> [{1}] last={2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "v. 2 | 2 | false",
        "v. 2. | 2 | false",
        "vol. II | 2 | false",
        "Vol. 3 | 3 | false",
        "Part II | 2 | false",
        "Part V | 5 | false",
        "pt. 1 | 1 | false",
        "Bd. 3 | 3 | false",
        "Band 12 | 12 | false",
        "t. 2 | 2 | false",
        "tome III | 3 | false",
        "Teil 1 | 1 | false",
        "Heft 4 | 4 | false",
        "no. 7 | 7 | false",
        "Book one | 1 | false",
        "Part the second | 2 | false",
        "v. 1-2 | 1,2 | false",
        "v. 1–3 | 1,2,3 | false",
        "vols. 3 & 4 | 3,4 | false",
        "v. 1, 3 | 1,3 | false",
        "v. 1 to 3 | 1,2,3 | false",
        "Bd. 2 bis 4 | 2,3,4 | false",
        "IV | 4 | false",
        "XII | 12 | false",
        "7 | 7 | false",
        "ｖ．２ | 2 | false",
        "第二卷 | 2 | false",
        "第2册 | 2 | false",
        "第２册 | 2 | false",
        "第十一卷 | 11 | false",
        "第二十册 | 20 | false",
        "第二十三辑 | 23 | false",
        "第一百零五册 | 105 | false",
        "第两册 | 2 | false",
        "第三冊 | 3 | false",
        "卷三 | 3 | false",
        "卷十 | 10 | false",
        "第1-2卷 | 1,2 | false",
        "第一至三卷 | 1,2,3 | false",
        "上册 | 1 | false",
        "中册 | 2 | false",
        "下册 | '' | true",
        "上 | 1 | false",
        "下 | '' | true",
        "上、下册 | 1 | true",
        "上下册 | 1 | true",
        "下卷 | '' | true",
        "二〇〇五 | 2005 | false",
        "Chamber of secrets | '' | false",
        "[s.l.] | '' | false",
        "'' | '' | false",
      })
  void readsPartNumbers(String raw, String numbers, boolean last) {
    PartInfo part = PartNumberParser.parse(raw, null, "245$n");
    assertThat(part.numbers()).isEqualTo(ints(numbers));
    assertThat(part.lastPart()).isEqualTo(last);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    "一,1",
    "十,10",
    "十一,11",
    "二十,20",
    "二十一,21",
    "两,2",
    "九十九,99",
    "一百,100",
    "一百零五,105",
    "三千,3000",
    "二〇〇五,2005",
    "〇,0",
    "x,-1",
    "'',-1"
  })
  void readsChineseNumerals(String text, int value) {
    assertThat(PartNumberParser.chineseNumeral(text)).isEqualTo(value);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({"I,1", "iv,4", "IX,9", "XL,40", "MCMXCIX,1999", "IIII,-1", "v.,-1", "Chamber,-1"})
  void readsRomanNumerals(String text, int value) {
    assertThat(PartNumberParser.romanNumeral(text)).isEqualTo(value);
  }

  @Test
  void blankNumberAndNameGiveNoPart() {
    assertThat(PartNumberParser.parse("  ", null, "245$n")).isEqualTo(PartInfo.NONE);
    assertThat(PartInfo.NONE.present()).isFalse();
  }

  @Test
  void keepsRawNumberNameAndSource() {
    PartInfo part = PartNumberParser.parse("v. 2,", "Chamber of secrets /", "245$n$p");
    assertThat(part)
        .isEqualTo(new PartInfo(List.of(2), false, "Chamber of secrets", "v. 2", "245$n$p"));
  }
}
