package org.unioncat.ingest.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Encoding and rendering of localized details, against small bundles of its own. */
class FindingDetailTest {
  private static final ResourceBundle EN = bundle(
      "detail.empty", "the directory is empty",
      "detail.count", "{0} fields",
      "detail.pair", "{0}, {1}",
      "detail.in", "in {0}",
      "detail.quoted", "the base address ''{0}'' is not a number; it''s wrong",
      "detail.broken", "unclosed {0");
  private static final ResourceBundle ZH = bundle(
      "detail.empty", "地址目次区为空",
      "detail.count", "{0} 个字段",
      "detail.pair", "{0}；{1}",
      "detail.in", "位于{0}");

  private static ResourceBundle bundle(String... keysAndValues) {
    Object[][] contents = new Object[keysAndValues.length / 2][];
    for (int i = 0; i < contents.length; i++) {
      contents[i] = new Object[] {keysAndValues[2 * i], keysAndValues[2 * i + 1]};
    }
    return new ListResourceBundle() {
      @Override
      protected Object[][] getContents() {
        return contents;
      }
    };
  }

  private static String en(String arg) {
    return FindingDetail.render(arg, EN, Locale.ROOT);
  }

  private static String zh(String arg) {
    return FindingDetail.render(arg, ZH, FindingMessages.CHINESE);
  }

  @Test
  void aDetailRendersInTheBundlesLanguage() {
    String d = FindingDetail.of("empty");
    assertThat(en(d)).isEqualTo("the directory is empty");
    assertThat(zh(d)).isEqualTo("地址目次区为空");
  }

  @Test
  void nestedDetailsAreRenderedInTheSameLanguageAndDataIsLeftAlone() {
    String d = FindingDetail.of("pair", FindingDetail.of("empty"),
        FindingDetail.of("in", FindingDetail.of("count", 17)));
    assertThat(en(d)).isEqualTo("the directory is empty, in 17 fields");
    assertThat(zh(d)).isEqualTo("地址目次区为空；位于17 个字段");
    assertThat(FindingDetail.parse(d).args()).hasSize(2)
        .allSatisfy(a -> assertThat(FindingDetail.isDetail(a)).isTrue());
  }

  @Test
  void argumentsAreStringifiedSoNumbersAreNotGrouped() {
    assertThat(en(FindingDetail.of("count", 123456))).isEqualTo("123456 fields");
    assertThat(en(FindingDetail.of("count", (Object) null))).isEqualTo("null fields");
  }

  @Test
  void anUnknownKeyRendersAsTheKeyAndNeverThrows() {
    assertThat(en(FindingDetail.of("no.such.key", 1, 2))).isEqualTo("no.such.key");
    // A bundle without the entry (here one with no English parent to fall back on).
    assertThat(zh(FindingDetail.of("quoted", "x"))).isEqualTo("quoted");
  }

  @Test
  void aBrokenPatternRendersAsTheKey() {
    assertThat(en(FindingDetail.of("broken", 1))).isEqualTo("broken");
  }

  @Test
  void messageFormatQuotingAppliesToPatternsNotToArguments() {
    assertThat(en(FindingDetail.of("quoted", "f1")))
        .isEqualTo("the base address 'f1' is not a number; it's wrong");
    // Apostrophes and braces in data come out as they are.
    assertThat(en(FindingDetail.of("quoted", "it's {0}")))
        .isEqualTo("the base address 'it's {0}' is not a number; it's wrong");
    assertThat(en(FindingDetail.of("count", "'{1}'"))).isEqualTo("'{1}' fields");
  }

  @Test
  void plainDataIsNotADetail() {
    for (String data : List.of("", "245", "the directory is empty", "\uFDD0", "\uFDD0\uFDD2",
        "\uFDD0key", "\uFDD0key\uFDD2\uFDD2", "\uFDD0bad key\uFDD2", "x\uFDD0empty\uFDD2")) {
      assertThat(FindingDetail.isDetail(data)).as(data).isFalse();
      assertThat(en(data)).isEqualTo(data);
    }
  }

  @Test
  void markersInDataCannotForgeADetail() {
    String forged = "\uFDD0empty\uFDD2";
    String d = FindingDetail.of("count", "x" + forged);
    assertThat(en(d)).isEqualTo("x\uFFFDempty\uFFFD fields");
    String split = FindingDetail.of("pair", "a\uFDD1b", "c");
    assertThat(FindingDetail.parse(split).args()).containsExactly("a\uFFFDb", "c");
  }

  @Test
  void keysAreCheckedWhenADetailIsMade() {
    assertThatThrownBy(() -> FindingDetail.of("has space"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FindingDetail.of("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FindingDetail.of("trailing."))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void deepNestingStopsWithoutThrowing() {
    String d = FindingDetail.of("empty");
    for (int i = 0; i < 20; i++) {
      d = FindingDetail.of("in", d);
    }
    assertThat(en(d)).startsWith("in in in").endsWith("in");
  }

  @Test
  void findingsKeepPlainStringArgumentsAndRenderDetailsThroughTheRealBundles() {
    Finding f = Finding.of(FindingCode.DIRECTORY_INVALID, null, null,
        FindingDetail.of("directory.recoveredBySplitting", 15));
    // What storage sees: plain strings, and a finding rebuilt from them renders the same.
    Finding stored = new Finding(f.code(), f.severity(), 3, "ocm1", 0, null, null,
        List.copyOf(f.args()));
    assertThat(stored).isEqualTo(f.at(3, "ocm1", 0));
    assertThat(stored.message(Locale.ENGLISH)).isEqualTo("the record directory is damaged (the"
        + " field positions in the directory do not match the data; all 15 fields were recovered"
        + " by splitting the data at field terminators); some fields may be missing, re-export"
        + " the record.");
    assertThat(stored.message(FindingMessages.CHINESE)).isEqualTo("记录地址目次区已损坏（地址目次区"
        + "中的字段位置与数据不符；已按字段结束符切分数据，全部 15 个字段均已找回）；部分字段可能缺失，"
        + "请重新导出该记录。");
    assertThat(FindingMessages.args(stored, FindingMessages.CHINESE)).containsExactly(
        "地址目次区中的字段位置与数据不符；已按字段结束符切分数据，全部 15 个字段均已找回");
  }

  @Test
  void dataArgumentsOfAFindingAreShownAsTheyAre() {
    Finding f = Finding.of(FindingCode.TAG_INVALID, "2x5", null, "2x5");
    assertThat(FindingMessages.args(f, Locale.ENGLISH)).containsExactly("2x5");
    assertThat(f.message(FindingMessages.CHINESE)).isEqualTo("字段标识符“2x5”不是有效的 MARC 字段号。");
  }
}
