package org.unioncat.ingest.normalize.holdings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unioncat.config.HoldingsMapping;
import org.unioncat.config.LibraryCode;
import org.unioncat.ingest.marc.ControlField;
import org.unioncat.ingest.marc.DataField;
import org.unioncat.ingest.marc.Leader;
import org.unioncat.ingest.marc.MarcField;
import org.unioncat.ingest.marc.MarcRecord;

class HoldingsExtractorTest {
  private static final List<HoldingsMapping> DEFAULTS =
      List.of(HoldingsMapping.marc21Default(), HoldingsMapping.cnmarcDefault());
  private final HoldingsExtractor extractor = new HoldingsExtractor();

  private static MarcRecord record(DataField... fields) {
    List<MarcField> all = new ArrayList<>();
    all.add(new ControlField("001", "x"));
    all.addAll(List.of(fields));
    return new MarcRecord(Leader.defaultBook(), all);
  }

  /** dp2 BNU CNMARC records: 905 $a library, $d class number, $e book number. */
  @Test
  void cnmarc905WithTheDefaultMapping() {
    List<Holding> holdings =
        extractor.extract(
            record(
                DataField.of(
                    "905", ' ', ' ', 'a', "BNU", 'c', "bk", 'd', "F124", 'e', "26", 's', "F124/26",
                    'z', "bcp")),
            DEFAULTS);
    assertThat(holdings).containsExactly(new Holding("BNU", "F124 26", null, "bk", "905"));
  }

  @Test
  void marc21852EachOccurrenceIsOneHolding() {
    List<Holding> holdings =
        extractor.extract(
            record(
                DataField.of(
                    "852",
                    ' ',
                    ' ',
                    'a',
                    "pku",
                    'b',
                    "MAIN",
                    'h',
                    "QA76.73.J38",
                    'i',
                    "E25 2008",
                    'p',
                    "30012345678"),
                DataField.of(
                    "852",
                    ' ',
                    ' ',
                    'a',
                    "PKU-LAW",
                    'b',
                    "LAW",
                    'h',
                    "QA76.73.J38",
                    'i',
                    "E25",
                    'p',
                    "30087654321")),
            DEFAULTS);
    assertThat(holdings)
        .containsExactly(
            new Holding("PKU", "QA76.73.J38 E25 2008", "30012345678", "MAIN", "852"),
            new Holding("PKU-LAW", "QA76.73.J38 E25", "30087654321", "LAW", "852"));
  }

  @Test
  void vendorLocalFieldWithoutLibrarySubfieldBelongsToTheUploader() {
    HoldingsMapping vendor = new HoldingsMapping("949", null, "a", 'i', 'l');
    HoldingsSummary summary =
        extractor.summarize(
            record(DataField.of("949", ' ', ' ', 'a', "I242.4/12", 'i', "C1234567", 'l', "中文书库")),
            List.of(vendor));
    assertThat(summary.holdings())
        .containsExactly(new Holding(null, "I242.4/12", "C1234567", "中文书库", "949"));
    assertThat(summary.belongsTo(LibraryCode.of("BNU"))).isTrue();
    assertThat(summary.otherLibraries(LibraryCode.of("BNU"))).isEmpty();
  }

  @Test
  void fieldWithNothingButALibraryCodeIsSkippedAndCounted() {
    HoldingsSummary summary =
        extractor.summarize(
            record(
                DataField.of("905", ' ', ' ', 'a', "BNU", 'z', "bcp"),
                DataField.of("905", ' ', ' ', 'a', "BNU", 'd', "F124", 'e', "26")),
            DEFAULTS);
    assertThat(summary.holdings())
        .containsExactly(new Holding("BNU", "F124 26", null, null, "905"));
    assertThat(summary.skippedFields()).isEqualTo(1);
  }

  @Test
  void recordWithoutHoldingsIsMissingTheUploadersHoldings() {
    HoldingsSummary summary =
        extractor.summarize(record(DataField.of("245", '0', '0', 'a', "x")), DEFAULTS);
    assertThat(summary.isEmpty()).isTrue();
    assertThat(summary.belongsTo(LibraryCode.of("BNU"))).isFalse();
  }

  @Test
  void holdingsOfAnotherLibraryAreNamed() {
    HoldingsSummary summary =
        extractor.summarize(
            record(
                DataField.of("905", ' ', ' ', 'a', "bsd", 'd', "F124", 'e', "26"),
                DataField.of("905", ' ', ' ', 'a', "WUL", 'd', "F124", 'e', "26"),
                DataField.of("905", ' ', ' ', 'a', "BSD", 'd', "F124", 'e', "26/2")),
            DEFAULTS);
    assertThat(summary.belongsTo(LibraryCode.of("BNU"))).isFalse();
    assertThat(summary.otherLibraries(LibraryCode.of("BNU"))).containsExactly("BSD", "WUL");
    assertThat(summary.belongsTo(LibraryCode.of("bsd"))).isTrue();
    assertThat(summary.otherLibraries(LibraryCode.of("BSD"))).containsExactly("WUL");
  }

  @Test
  void sameLibraryTwoCallNumbersAreBothListed() {
    HoldingsSummary summary =
        extractor.summarize(
            record(
                DataField.of("905", ' ', ' ', 'a', "BNU", 'd', "F124", 'e', "26"),
                DataField.of("905", ' ', ' ', 'a', "BNU", 'd', "F124", 'e', "26"),
                DataField.of("905", ' ', ' ', 'a', "BNU", 'd', "F124.7", 'e', "3")),
            DEFAULTS);
    assertThat(summary.callNumbersOf(LibraryCode.of("BNU"))).containsExactly("F124 26", "F124.7 3");
  }

  @Test
  void aSecondMappingForTheSameTagIsIgnored() {
    HoldingsMapping other = new HoldingsMapping("905", 'a', "s", 'b', null);
    List<Holding> holdings =
        extractor.extract(
            record(
                DataField.of("905", ' ', ' ', 'a', "BNU", 'd', "F124", 'e', "26", 's', "F124/26")),
            List.of(HoldingsMapping.cnmarcDefault(), other));
    assertThat(holdings).containsExactly(new Holding("BNU", "F124 26", null, null, "905"));
  }

  @Test
  void nullInputsGiveNoHoldings() {
    assertThat(extractor.extract(null, DEFAULTS)).isEmpty();
    assertThat(extractor.summarize(record(), null).skippedFields()).isZero();
  }
}
