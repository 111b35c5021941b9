package org.unioncat.ingest.normalize.publisher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unioncat.ingest.marc.ControlField;
import org.unioncat.ingest.marc.DataField;
import org.unioncat.ingest.marc.Leader;
import org.unioncat.ingest.marc.MarcField;
import org.unioncat.ingest.marc.MarcFlavour;
import org.unioncat.ingest.marc.MarcRecord;

class PublisherExtractorTest {
  private final PublisherExtractor extractor = new PublisherExtractor();

  private static MarcRecord record(DataField... fields) {
    List<MarcField> all = new ArrayList<>();
    all.add(new ControlField("001", "x"));
    all.addAll(List.of(fields));
    return new MarcRecord(Leader.defaultBook(), all);
  }

  @Test
  void marc21ImprintWithIsbdPunctuation() {
    PublisherInfo p =
        extractor.extract(
            record(
                DataField.of(
                    "260",
                    ' ',
                    ' ',
                    'a',
                    "Cambridge, Mass. :",
                    'b',
                    "Harvard University Press,",
                    'c',
                    "1957.")),
            MarcFlavour.MARC21);
    assertThat(p)
        .isEqualTo(
            new PublisherInfo(
                "Harvard University Press",
                "harvard university",
                "Cambridge, Mass",
                "260$b",
                null));
  }

  @Test
  void publicationStatement264IsPreferredOverOtherFunctions() {
    PublisherInfo p =
        extractor.extract(
            record(
                DataField.of("264", ' ', '4', 'c', "©2005"),
                DataField.of(
                    "264", ' ', '2', 'a', "New York :", 'b', "Distributed by Talman Pub.,"),
                DataField.of(
                    "264",
                    ' ',
                    '1',
                    'a',
                    "Oxford [England] ;",
                    'a',
                    "New York :",
                    'b',
                    "Oxford University Press,",
                    'c',
                    "2004.")),
            MarcFlavour.MARC21);
    assertThat(p)
        .isEqualTo(
            new PublisherInfo(
                "Oxford University Press", "oxford university", "Oxford [England]", "264$b", null));
  }

  @Test
  void firstOfSeveralPublishersCounts() {
    PublisherInfo p =
        extractor.extract(
            record(
                DataField.of(
                    "260",
                    ' ',
                    ' ',
                    'a',
                    "Paris :",
                    'b',
                    "Librarie Religieuse Mellier Frères ;",
                    'a',
                    "Lyon :",
                    'b',
                    "Guyot,")),
            MarcFlavour.MARC21);
    assertThat(p.name()).isEqualTo("Librarie Religieuse Mellier Frères");
    assertThat(p.place()).isEqualTo("Paris");
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "[s.l. : | [s.n.],",
        "[S.l.] : | [s.n.]",
        "[Place of publication not identified] : | [publisher not identified],"
      })
  void unknownPublisherAndPlaceAreNone(String place, String name) {
    PublisherInfo p =
        extractor.extract(
            record(DataField.of("260", ' ', ' ', 'a', place, 'b', name, 'c', "1900.")),
            MarcFlavour.MARC21);
    assertThat(p).isEqualTo(PublisherInfo.NONE);
  }

  @Test
  void placeWithoutPublisherKeepsItsSource() {
    PublisherInfo p =
        extractor.extract(
            record(DataField.of("260", ' ', ' ', 'a', "London :", 'b', "[s.n.],", 'c', "1972.")),
            MarcFlavour.MARC21);
    assertThat(p).isEqualTo(new PublisherInfo(null, null, "London", "260$a", null));
  }

  /** OCLC 63111280: romanized 260 and its 880 in traditional characters. */
  @Test
  void romanizedImprintKeepsTheKeyOfItsLinked880() {
    PublisherInfo p =
        extractor.extract(
            record(
                DataField.of(
                    "260",
                    ' ',
                    ' ',
                    '6',
                    "880-03",
                    'a',
                    "Taibei Shi :",
                    'b',
                    "Da xin shu ju,",
                    'c',
                    "[2005]"),
                DataField.of(
                    "880", ' ', ' ', '6', "260-03", 'a', "台北市 :", 'b', "大新書局,", 'c', "[2005]")),
            MarcFlavour.MARC21);
    assertThat(p)
        .isEqualTo(
            new PublisherInfo("Da xin shu ju", "da xin shu ju", "Taibei Shi", "260$b", "大新书局"));
  }

  /** Open Library fixture 880_publisher_unlinked: the imprint exists only as "880 $6 260-00". */
  @Test
  void unlinkedAlternateScriptImprintIsUsedWhenThereIsNoOther() {
    PublisherInfo p =
        extractor.extract(
            record(
                DataField.of("245", '1', '0', '6', "880-01", 'a', "Zeh gadol?"),
                DataField.of(
                    "880",
                    ' ',
                    ' ',
                    '6',
                    "260-00",
                    'a',
                    "אור יהודה :",
                    'b',
                    "כנרת,",
                    'c',
                    "2011.")),
            MarcFlavour.MARC21);
    assertThat(p).isEqualTo(new PublisherInfo("כנרת", "כנרת", "אור יהודה", "880(260)$b", null));
  }

  /** dp2 BNU CNMARC '94 record. */
  @Test
  void cnmarcPublisherFrom210() {
    PublisherInfo p =
        extractor.extract(
            record(DataField.of("210", ' ', ' ', 'a', "北京", 'c', "中国统计出版社", 'd', "1994")),
            MarcFlavour.CNMARC);
    assertThat(p).isEqualTo(new PublisherInfo("中国统计出版社", "中国统计出版社", "北京", "210$c"));
  }

  @Test
  void cnmarcUnknownPublisherIsNone() {
    PublisherInfo p =
        extractor.extract(
            record(DataField.of("210", ' ', ' ', 'a', "[出版地不详]", 'c', "[出版者不详]", 'd', "1994")),
            MarcFlavour.CNMARC);
    assertThat(p).isEqualTo(PublisherInfo.NONE);
  }

  @Test
  void electronicReproductionWithoutPlace() {
    PublisherInfo p =
        extractor.extract(
            record(DataField.of("210", ' ', ' ', 'c', "中国统计出版社", 'd', "1997")), MarcFlavour.CNMARC);
    assertThat(p).isEqualTo(new PublisherInfo("中国统计出版社", "中国统计出版社", null, "210$c", null));
  }

  @Test
  void noImprintGivesNone() {
    assertThat(extractor.extract(record(), MarcFlavour.MARC21)).isEqualTo(PublisherInfo.NONE);
    assertThat(extractor.extract(null, MarcFlavour.CNMARC)).isEqualTo(PublisherInfo.NONE);
  }
}
