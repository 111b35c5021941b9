package org.unioncat.ingest.normalize.date;

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
import org.unioncat.ingest.normalize.Correction;

class DateExtractorTest {
  private final DateExtractor extractor = new DateExtractor();

  /** A MARC21 008 with the given type and dates (positions 06-14). */
  private static ControlField f008(String typeAndDates) {
    return new ControlField("008", "850101" + typeAndDates + "nyu           000 1 eng d");
  }

  private static MarcRecord record(MarcField... fields) {
    return new MarcRecord(Leader.defaultBook(), List.of(fields));
  }

  private static MarcRecord marc21(String typeAndDates, String c) {
    List<MarcField> fields = new ArrayList<>();
    fields.add(f008(typeAndDates));
    if (c != null) {
      fields.add(DataField.of("260", ' ', ' ', 'a', "New York :", 'b', "Norton,", 'c', c));
    }
    return new MarcRecord(Leader.defaultBook(), fields);
  }

  @ParameterizedTest(name = "008/06-14 \"{0}\" vs 260$c \"{1}\" -> conflict {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "s2005    | 2005.          | false",
        "s2005    | c2005.         | false",
        "t20051999| 2005, c1999.   | false",
        "s1999    | 2005, c1999.   | true",
        "s1999    | 2005.          | true",
        "s2004    | 2005.          | true",
        "r19811953| 1981, c1953.   | false",
        "r19811953| 1953.          | false",
        "r19811953| 1975.          | true",
        "m17911793| 1792.          | false",
        "q19701979| [197-?]        | false",
        "s1975    | [197-?]        | false",
        "s1985    | [197-?]        | true",
        "n        | [n.d.]         | false",
        "s19uu    | 1925.          | false",
        "s1925    | [s.l. : s.n.]  | false",
        "s1904    | [c1892] 1904.  | false",
        "s1892    | [c1892] 1904.  | true",
      })
  void marc21ConflictIsDecidedAsDocumented(String typeAndDates, String c, boolean conflict) {
    assertThat(extractor.extract(marc21(typeAndDates, c), MarcFlavour.MARC21).conflict())
        .isEqualTo(conflict);
  }

  @Test
  void marc21TrustsTheCodedDateAndProposesAligningIt() {
    DateInfo info = extractor.extract(marc21("s2004    ", "2005."), MarcFlavour.MARC21);

    assertThat(info.coded()).isEqualTo(new CodedDate('s', 2004, null, "008/06-14"));
    assertThat(info.transcribed())
        .isEqualTo(new TranscribedDate("2005.", 2005, null, 2005, 2005, "260$c"));
    assertThat(info.trusted()).isEqualTo(2004);
    assertThat(info.conflict()).isTrue();
    assertThat(info.corrections())
        .containsExactly(
            new Correction(
                "008/07-10", "2004", "2005",
                "align the coded date with the transcribed date 260$c \"2005.\" (causes 5, 7)",
                "使编码日期与260$c著录的出版日期一致（原因5、7）"));
  }

  @Test
  void marc21FallsBackToTheTranscribedYearWhenDate1IsUnknown() {
    DateInfo info = extractor.extract(marc21("s19uu    ", "[1925?]"), MarcFlavour.MARC21);

    assertThat(info.coded()).isEqualTo(new CodedDate('s', null, null, "008/06-14"));
    assertThat(info.trusted()).isEqualTo(1925);
    assertThat(info.corrections()).isEmpty();
  }

  @Test
  void reprintKeepsTheOriginalYearFromDate2() {
    DateInfo info = extractor.extract(marc21("r19811953", "1981, c1953."), MarcFlavour.MARC21);

    assertThat(info.originalYear()).isEqualTo(1953);
    assertThat(info.transcribed().copyrightYear()).isEqualTo(1953);
    assertThat(info.trusted()).isEqualTo(1981);
  }

  @Test
  void originalYearComesFromAnOriginallyPublishedNote() {
    MarcRecord r =
        record(
            f008("s1990    "),
            DataField.of("260", ' ', ' ', 'c', "1990."),
            DataField.of(
                "500", ' ', ' ', 'a',
                "Facsimile reprint. Originally published: Stuttgart : W. Spemann, 1879."));

    assertThat(extractor.extract(r, MarcFlavour.MARC21).originalYear()).isEqualTo(1879);
  }

  @Test
  void rda264PublicationIsPreferredAndCopyrightFrom264IndicatorFourIsKept() {
    MarcRecord r =
        record(
            f008("t20152014"),
            DataField.of("264", ' ', '1', 'a', "Paris :", 'b', "Gallimard,", 'c', "[2015]"),
            DataField.of("264", ' ', '4', 'c', "©2014"));

    DateInfo info = extractor.extract(r, MarcFlavour.MARC21);

    assertThat(info.transcribed())
        .isEqualTo(new TranscribedDate("[2015]", 2015, 2014, 2015, 2015, "264$c"));
    assertThat(info.conflict()).isFalse();
  }

  @Test
  void cnmarcTrustsTheTranscribedDateAndProposesAligning100a() {
    MarcRecord r =
        record(
            DataField.of("100", ' ', ' ', 'a', "20020204d1994    em y0chiy0120    ea"),
            DataField.of("210", ' ', ' ', 'a', "北京", 'c', "中国统计出版社", 'd', "1995"));

    DateInfo info = extractor.extract(r, MarcFlavour.CNMARC);

    assertThat(info.coded()).isEqualTo(new CodedDate('d', 1994, null, "100$a/8-16"));
    assertThat(info.trusted()).isEqualTo(1995);
    assertThat(info.conflict()).isTrue();
    assertThat(info.corrections()).extracting(Correction::field, Correction::before, Correction::after)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("100$a/9-12", "1994", "1995"));
  }

  @Test
  void cnmarcRealRecordWithMatchingDatesHasNoConflict() {
    MarcRecord r =
        record(
            DataField.of("100", ' ', ' ', 'a', "19990513d1998    fkmy0chiy0121    ea"),
            DataField.of("210", ' ', ' ', 'a', "北京", 'c', "中国统计出版社", 'd', "1998"));

    DateInfo info = extractor.extract(r, MarcFlavour.CNMARC);

    assertThat(info.trusted()).isEqualTo(1998);
    assertThat(info.conflict()).isFalse();
  }

  @Test
  void cnmarcHashFilledDatesAreUnknownAndTheTranscribedYearIsTrusted() {
    MarcRecord r =
        record(
            DataField.of("100", ' ', ' ', 'a', "20190611d########u##y0chiy50######ea"),
            DataField.of("210", ' ', ' ', 'c', "中国统计出版社", 'd', "1997"));

    DateInfo info = extractor.extract(r, MarcFlavour.CNMARC);

    assertThat(info.coded()).isEqualTo(new CodedDate('d', null, null, "100$a/8-16"));
    assertThat(info.trusted()).isEqualTo(1997);
    assertThat(info.conflict()).isFalse();
  }

  @Test
  void cnmarcReproductionKeepsTheOriginalYear() {
    MarcRecord r =
        record(
            DataField.of("100", ' ', ' ', 'a', "20100101e20091936em y0chiy50      ea"),
            DataField.of("210", ' ', ' ', 'd', "2009.3"));

    DateInfo info = extractor.extract(r, MarcFlavour.CNMARC);

    assertThat(info.originalYear()).isEqualTo(1936);
    assertThat(info.conflict()).isFalse();
  }

  @Test
  void cnmarcReprintNoteGivesTheOriginalYear() {
    MarcRecord r =
        record(
            DataField.of("100", ' ', ' ', 'a', "20100101d2009    em y0chiy50      ea"),
            DataField.of("210", ' ', ' ', 'd', "2009"),
            DataField.of("305", ' ', ' ', 'a', "本书据商务印书馆1936年版重印"));

    assertThat(extractor.extract(r, MarcFlavour.CNMARC).originalYear()).isEqualTo(1936);
  }

  @Test
  void recordWithoutDatesGivesNullsAndNeverThrows() {
    DateInfo info = extractor.extract(record(new ControlField("008", "85")), MarcFlavour.MARC21);

    assertThat(info.coded()).isEqualTo(new CodedDate(' ', null, null, "008/06-14"));
    assertThat(info.transcribed()).isNull();
    assertThat(info.trusted()).isNull();
    assertThat(info.conflict()).isFalse();
    assertThat(extractor.extract(record(), MarcFlavour.CNMARC).coded()).isNull();
  }
}
