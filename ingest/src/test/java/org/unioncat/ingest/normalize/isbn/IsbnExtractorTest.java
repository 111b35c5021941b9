package org.unioncat.ingest.normalize.isbn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unioncat.ingest.marc.ControlField;
import org.unioncat.ingest.marc.DataField;
import org.unioncat.ingest.marc.Leader;
import org.unioncat.ingest.marc.MarcField;
import org.unioncat.ingest.marc.MarcFlavour;
import org.unioncat.ingest.marc.MarcRecord;
import org.unioncat.ingest.normalize.Correction;

class IsbnExtractorTest {
  private final IsbnExtractor extractor = new IsbnExtractor();

  private static MarcRecord record(MarcField... fields) {
    return new MarcRecord(Leader.defaultBook(), List.of(fields));
  }

  @Test
  void recordWithBothFormsHasOneKeyAndNoSingleFormFinding() {
    MarcRecord r =
        record(
            new ControlField("001", "1"),
            DataField.of("020", ' ', ' ', 'a', "0140449132 (pbk.)"),
            DataField.of("020", ' ', ' ', 'a', "9780140449136 (pbk.)"));

    IsbnData data = extractor.extract(r, MarcFlavour.MARC21);

    assertThat(data.valid()).containsExactly(new Isbn("9780140449136"));
    assertThat(data.singleFormOnly()).isEmpty();
    assertThat(data.corrections()).isEmpty();
    assertThat(data.entries()).extracting(IsbnEntry::binding)
        .containsExactly(Binding.PAPERBACK, Binding.PAPERBACK);
  }

  @Test
  void isbn10OnlyRecordGetsACorrectionAddingTheIsbn13Form() {
    MarcRecord r = record(DataField.of("020", ' ', ' ', 'a', "0-7540-5495-0"));

    IsbnData data = extractor.extract(r, MarcFlavour.MARC21);

    assertThat(data.singleFormOnly()).containsExactly(new Isbn("9780754054955"));
    assertThat(data.corrections())
        .containsExactly(
            new Correction(
                "020$a",
                "",
                "9780754054955",
                "add the ISBN-13 form so that both forms find this record (cause 1)",
                "补充ISBN-13形式，使两种形式都能检索到本记录（原因1）"));
  }

  @Test
  void cnmarcIsbn13OnlyRecordGetsTheIsbn10FormIn010() {
    MarcRecord r = record(DataField.of("010", ' ', ' ', 'a', "978-7-5037-2623-1", 'd', "CNY90.00"));

    IsbnData data = extractor.extract(r, MarcFlavour.CNMARC);

    assertThat(data.corrections()).extracting(Correction::field, Correction::after)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("010$a", "7503726237"));
  }

  @Test
  void cnmarcQualifierIn010bGivesTheBinding() {
    MarcRecord r =
        record(
            DataField.of("010", ' ', ' ', 'a', "7-5037-2623-7", 'b', "精装", 'd', "CNY赠90.00"),
            DataField.of("010", ' ', ' ', 'a', "7-5037-2790-X", 'b', "平装"));

    IsbnData data = extractor.extract(r, MarcFlavour.CNMARC);

    assertThat(data.entries()).extracting(IsbnEntry::source, IsbnEntry::binding)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("010$a", Binding.HARDCOVER),
            org.assertj.core.groups.Tuple.tuple("010$a", Binding.PAPERBACK));
    assertThat(data.valid())
        .containsExactly(new Isbn("9787503726231"), new Isbn("9787503727900"));
  }

  @Test
  void marc21QualifierIn020qGivesTheBinding() {
    MarcRecord r =
        record(DataField.of("020", ' ', ' ', 'a', "9781598740226", 'q', "hardcover", 'q', "alk. paper"));

    IsbnEntry entry = extractor.extract(r, MarcFlavour.MARC21).entries().get(0);

    assertThat(entry.binding()).isEqualTo(Binding.HARDCOVER);
    assertThat(entry.qualifier()).isEqualTo("hardcover ; alk. paper");
  }

  @Test
  void invalidIsbnInSubfieldAIsMovedToZ() {
    MarcRecord r = record(DataField.of("020", ' ', ' ', 'a', "9514920096"));

    IsbnData data = extractor.extract(r, MarcFlavour.MARC21);

    assertThat(data.valid()).isEmpty();
    assertThat(data.invalid()).extracting(IsbnEntry::problem).containsExactly(IsbnProblem.CHECKSUM);
    assertThat(data.corrections()).extracting(Correction::field, Correction::before, Correction::after)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("020$a", "9514920096", ""),
            org.assertj.core.groups.Tuple.tuple("020$z", "", "9514920096"));
  }

  @Test
  void cancelledIsbnIsKeptButIsNotAKey() {
    MarcRecord r =
        record(
            DataField.of("020", ' ', ' ', 'a', "9780140449136"),
            DataField.of("020", ' ', ' ', 'z', "0140449132"),
            DataField.of("020", ' ', ' ', 'z', "0140449133"));

    IsbnData data = extractor.extract(r, MarcFlavour.MARC21);

    assertThat(data.valid()).containsExactly(new Isbn("9780140449136"));
    assertThat(data.entries()).extracting(IsbnEntry::cancelled).containsExactly(false, true, true);
    assertThat(data.invalid()).extracting(IsbnEntry::raw).containsExactly("0140449133");
    // the ISBN-10 form exists only in $z, so the record still needs it in $a
    assertThat(data.singleFormOnly()).containsExactly(new Isbn("9780140449136"));
    assertThat(data.corrections()).extracting(Correction::field).containsExactly("020$a");
  }

  @Test
  void isbn979HasNoMissingForm() {
    MarcRecord r = record(DataField.of("020", ' ', ' ', 'a', "979-10-320-0015-1"));

    IsbnData data = extractor.extract(r, MarcFlavour.MARC21);

    assertThat(data.valid()).containsExactly(new Isbn("9791032000151"));
    assertThat(data.singleFormOnly()).isEmpty();
    assertThat(data.corrections()).isEmpty();
  }

  @Test
  void priceOnlyFieldAndWrongFlavourTagsGiveNothing() {
    MarcRecord r =
        record(
            DataField.of("020", ' ', ' ', 'c', "$15.00"),
            DataField.of("010", ' ', ' ', 'a', "7-5037-2623-7"));

    IsbnData data = extractor.extract(r, MarcFlavour.MARC21);

    assertThat(data.entries()).isEmpty();
    assertThat(data.valid()).isEmpty();
  }
}
