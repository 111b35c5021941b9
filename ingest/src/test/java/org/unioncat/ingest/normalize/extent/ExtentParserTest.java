package org.unioncat.ingest.normalize.extent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.unioncat.ingest.marc.DataField;
import org.unioncat.ingest.marc.Leader;
import org.unioncat.ingest.marc.MarcFlavour;
import org.unioncat.ingest.marc.MarcRecord;

/** Golden table of real 300$a / 215$a values. */
class ExtentParserTest {

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(resources = "/normalize/extents.csv", delimiter = '|', quoteCharacter = '~')
  void readsPagesVolumesAndPrelims(String raw, Integer pages, Integer volumes, Integer prelim) {
    ExtentInfo info = ExtentParser.parse(raw, "300$a");

    assertThat(info).isEqualTo(new ExtentInfo(raw, "300$a", pages, volumes, prelim));
  }

  @Test
  void cnmarcExtentComesFrom215a() {
    MarcRecord r =
        new MarcRecord(
            Leader.defaultBook(),
            List.of(DataField.of("215", ' ', ' ', 'a', "422,图版[40]页", 'c', "照片", 'd', "27cm")));

    assertThat(new ExtentExtractor().extract(r, MarcFlavour.CNMARC))
        .isEqualTo(new ExtentInfo("422,图版[40]页", "215$a", 422, null, null));
  }

  @Test
  void marc21ExtentComesFrom300aAndIgnores215() {
    MarcRecord r =
        new MarcRecord(
            Leader.defaultBook(),
            List.of(
                DataField.of("215", ' ', ' ', 'a', "99页"),
                DataField.of("300", ' ', ' ', 'a', "xvii, 387 p. ;", 'c', "24 cm.")));

    assertThat(new ExtentExtractor().extract(r, MarcFlavour.MARC21))
        .isEqualTo(new ExtentInfo("xvii, 387 p. ;", "300$a", 387, null, 17));
  }

  @Test
  void recordWithoutExtentGivesNulls() {
    MarcRecord r = new MarcRecord(Leader.defaultBook(), List.of());

    assertThat(new ExtentExtractor().extract(r, MarcFlavour.CNMARC))
        .isEqualTo(new ExtentInfo("", "", null, null, null));
  }
}
