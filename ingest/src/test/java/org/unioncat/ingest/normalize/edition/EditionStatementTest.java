package org.unioncat.ingest.normalize.edition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.unioncat.ingest.marc.DataField;
import org.unioncat.ingest.marc.Leader;
import org.unioncat.ingest.marc.MarcFlavour;
import org.unioncat.ingest.marc.MarcRecord;

/** Golden table of real 250$a / 205$a statements (English, European, Chinese, pinyin). */
class EditionStatementTest {
  private final EditionExtractor extractor = new EditionExtractor();

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(resources = "/normalize/editions.csv", delimiter = '|', quoteCharacter = '~')
  void readsEditionNumberRevisionAndPrinting(
      String statement,
      int number,
      boolean revised,
      boolean explicit,
      boolean printingPresent,
      Integer printingNumber,
      Integer printingYear,
      boolean printingOnly) {
    boolean chinese = statement.codePoints().anyMatch(c -> c > 0x3000);
    MarcRecord r =
        new MarcRecord(
            Leader.defaultBook(),
            List.of(DataField.of(chinese ? "205" : "250", ' ', ' ', 'a', statement)));

    EditionInfo info = extractor.extract(r, chinese ? MarcFlavour.CNMARC : MarcFlavour.MARC21);

    assertThat(info.number()).as("number").isEqualTo(number);
    assertThat(info.revised()).as("revised").isEqualTo(revised);
    assertThat(info.explicit()).as("explicit").isEqualTo(explicit);
    assertThat(info.printing().present()).as("printing present").isEqualTo(printingPresent);
    assertThat(info.printing().number()).as("printing number").isEqualTo(printingNumber);
    assertThat(info.printing().year()).as("printing year").isEqualTo(printingYear);
    assertThat(info.printingInEditionField()).as("printing only").isEqualTo(printingOnly);
  }
}
