package org.unioncat.ingest.normalize.series;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;
import org.unioncat.ingest.marc.DataField;
import org.unioncat.ingest.marc.Leader;
import org.unioncat.ingest.marc.MarcFlavour;
import org.unioncat.ingest.marc.MarcRecord;

/** Golden table of series notes and of ordinary notes that must not be taken for series. */
class SeriesNoteTest {
  private final SeriesExtractor extractor = new SeriesExtractor();

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(resources = "/normalize/series_notes.csv", delimiter = '|', quoteCharacter = '~')
  void findsSeriesInNotesAndOnlyThere(
      String note, String title, String numbering, Integer number, String key) {
    boolean chinese = note.codePoints().anyMatch(c -> c > 0x3000);
    String tag = chinese ? "300" : "500";
    MarcRecord r =
        new MarcRecord(Leader.defaultBook(), List.of(DataField.of(tag, ' ', ' ', 'a', note)));

    SeriesData data = extractor.extract(r, chinese ? MarcFlavour.CNMARC : MarcFlavour.MARC21);

    if (title == null) {
      assertThat(data.fromNotes()).isEmpty();
      assertThat(data.corrections()).isEmpty();
    } else {
      assertThat(data.fromNotes())
          .containsExactly(
              new SeriesEntry(title, numbering == null ? "" : numbering, number, key, tag + "$a", true));
    }
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "走向未来丛书 | 《走向未来》丛书",
        "Penguin classics | Penguin Classics.",
        "The Silver series of language books | Silver series of language books",
        "Prentice-Hall international series in civil engineering | PRENTICE-HALL INTERNATIONAL SERIES IN CIVIL ENGINEERING",
        "Europäische Hochschulschriften | Europaische Hochschulschriften",
        "Bloom's guides | Bloom’s guides",
        "汉译世界学术名著丛书 | 漢譯世界學術名著叢書",
      })
  void sameSeriesWrittenDifferentlyGetsOneKey(String a, String b) {
    assertThat(SeriesKeys.key(SeriesKeys.cleanTitle(a)))
        .isEqualTo(SeriesKeys.key(SeriesKeys.cleanTitle(b)));
  }

  @ParameterizedTest(name = "{0} != {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "计算机科学与技术系列教材 | 计算机科学与技术丛书",
        "Penguin classics | Penguin modern classics",
        "中国现代文学馆文库 | 中国现代文学馆丛书",
      })
  void differentSeriesKeepDifferentKeys(String a, String b) {
    assertThat(SeriesKeys.key(a)).isNotEqualTo(SeriesKeys.key(b));
  }
}
