package org.unioncat.ingest.normalize.title;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class GarbledTextTest {
  private static String gbkReadAs(String han, String charset) {
    return new String(han.getBytes(Charset.forName("GBK")), Charset.forName(charset));
  }

  @Test
  void chineseBytesReadWithTheWrongCharacterSetAreGarbled() {
    assertThat(GarbledText.isGarbled("'97ÖÐ¹ú·¢Õ¹±¨¸æ")).isTrue();
    assertThat(GarbledText.isGarbled(gbkReadAs("1999年中国发展状况与趋势", "ISO-8859-1"))).isTrue();
    assertThat(GarbledText.isGarbled(gbkReadAs("红楼梦", "windows-1252"))).isTrue();
    assertThat(GarbledText.isGarbled(gbkReadAs("红楼梦", "UTF-8"))).isTrue(); // U+FFFD
    assertThat(GarbledText.isGarbled(new String("中国".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1)))
        .isTrue();
    assertThat(GarbledText.isGarbled(new String("紅樓夢".getBytes(Charset.forName("Big5")), StandardCharsets.ISO_8859_1)))
        .isTrue();
    assertThat(GarbledText.isGarbled("1999?????????")).isTrue();
    assertThat(GarbledText.isGarbled("Who's afraid of the dark???")).isFalse();
  }

  @Test
  void realTitlesWithAccentsAreNot() {
    assertThat(GarbledText.isGarbled("Þjóðsögur og ævintýri")).isFalse();
    assertThat(GarbledText.isGarbled("Économie et société à Pékin : études réunies")).isFalse();
    assertThat(GarbledText.isGarbled("Müßiggang und Größe")).isFalse();
    assertThat(GarbledText.isGarbled("¿Qué es la filosofía?")).isFalse();
    assertThat(GarbledText.isGarbled("Ærø og Ålborg")).isFalse();
    assertThat(GarbledText.isGarbled("Tiếng Việt")).isFalse();
    assertThat(GarbledText.isGarbled("Who? What? Where?")).isFalse();
    assertThat(GarbledText.isGarbled("1999年中国发展状况与趋势")).isFalse();
    assertThat(GarbledText.isGarbled("")).isFalse();
    assertThat(GarbledText.isGarbled(null)).isFalse();
  }
}
