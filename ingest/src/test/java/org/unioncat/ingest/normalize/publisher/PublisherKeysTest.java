package org.unioncat.ingest.normalize.publisher;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublisherKeysTest {

  /**
   * Publishers from Open Library's expected parses and threshold pairs, dp2 BNU and OCLC records.
   */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Harvard University Press | harvard university",
        "Harvard U.P | harvard university",
        "Harvard U.P. | harvard university",
        "Harvard Univ. Pr. | harvard university",
        "Cambridge University Press | cambridge university",
        "Oxford University Press | oxford university",
        "Dover Publications | dover",
        "Dover Publications, Inc. | dover",
        "HarperCollins Publishers | harpercollins",
        "HarperCollins | harpercollins",
        "Pocket Books | pocket",
        "Seeley and Co. | seeley",
        "Seeley & Co | seeley",
        "W. H. Baker & co. | w h baker",
        "W.H. Baker and Company | w h baker",
        "The Century co. | century",
        "Century Company | century",
        "John Wiley & Sons | john wiley",
        "John Wiley and Sons, Inc. | john wiley",
        "Govt. Print. Off. | government printing office",
        "Government Printing Office | government printing office",
        "Brookings Institution | brookings institution",
        "Listening Library | listening library",
        "North-Holland | north holland",
        "Springer-Verlag | springer",
        "Verlag C.H. Beck | c h beck",
        "Éditions Gallimard | gallimard",
        "Gallimard | gallimard",
        "Les Éditions de Minuit | les editions de minuit",
        "Teubner | teubner",
        "Press | press",
        "Izd-vo akademii khudozhestv SSSR | izd vo akademii khudozhestv sssr",
        "Little, Brown | little brown",
        "Little, Brown and Company | little brown",
        "Penguin Books Ltd. | penguin",
        "Penguin | penguin",
      })
  void westernPublisherVariantsShareAKey(String name, String key) {
    assertThat(PublisherKeys.keyOf(name)).isEqualTo(key);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "中国统计出版社 | 中国统计出版社",
        "中国统计出版社出版 | 中国统计出版社",
        "中國統計出版社 | 中国统计出版社",
        "人民出版社 | 人民出版社",
        "人民文学出版社 | 人民文学出版社",
        "北京大学出版社有限公司 | 北京大学出版社",
        "北京大学出版社 | 北京大学出版社",
        "高等教育出版社 | 高等教育出版社",
        "北京工业大学出版社 | 北京工业大学出版社",
        "社会科学文献出版社 | 社会科学文献出版社",
        "中华书局 | 中华书局",
        "中華書局 | 中华书局",
        "大新書局 | 大新书局",
        "商务印书馆 | 商务印书馆",
        "商务印书馆出版发行 | 商务印书馆",
        "上海世纪出版股份有限公司 | 上海世纪出版",
        "中信出版集团股份有限公司 | 中信出版集团",
        "中信出版社 | 中信出版社",
        "三联书店 | 三联书店",
        "生活·读书·新知三联书店 | 生活读书新知三联书店",
        "中国 统计 出版社 | 中国统计出版社",
      })
  void chinesePublishersKeepTheKindOfHouse(String name, String key) {
    assertThat(PublisherKeys.keyOf(name)).isEqualTo(key);
  }
}
