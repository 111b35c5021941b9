package org.unioncat.ingest.normalize.date;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

/** Golden table of real 260$c / 264$c / 210$d values and the years read from them. */
class TranscribedDateParserTest {

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(resources = "/normalize/transcribed_dates.csv", delimiter = '|', quoteCharacter = '~')
  void readsYearsAsCatalogersTranscribeThem(
      String raw, Integer year, Integer copyright, Integer earliest, Integer latest) {
    TranscribedDate d = TranscribedDateParser.parse(raw, "260$c");

    assertThat(d.year()).isEqualTo(year);
    assertThat(d.copyrightYear()).isEqualTo(copyright);
    assertThat(d.earliest()).isEqualTo(earliest);
    assertThat(d.latest()).isEqualTo(latest);
    assertThat(d.source()).isEqualTo("260$c");
  }

  @ParameterizedTest
  @CsvSource({"二十五, 25", "十, 10", "十二, 12", "二十, 20", "两, 2", "一〇, 10", "25, 25", "元, 1"})
  void readsChineseNumerals(String text, int value) {
    assertThat(ChineseNumerals.parse(text)).isEqualTo(value);
  }
}
