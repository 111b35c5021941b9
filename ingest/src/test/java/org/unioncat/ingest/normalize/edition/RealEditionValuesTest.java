package org.unioncat.ingest.normalize.edition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unioncat.ingest.marc.DataField;
import org.unioncat.ingest.marc.Leader;
import org.unioncat.ingest.marc.MarcFlavour;
import org.unioncat.ingest.marc.MarcRecord;
import org.unioncat.ingest.normalize.isbn.RealFieldValues;

class RealEditionValuesTest {

  @Test
  void realEditionStatementsGivePositiveNumbers() {
    EditionExtractor extractor = new EditionExtractor();
    List<String> raw = RealFieldValues.of("250$a");
    assertThat(raw).hasSizeGreaterThan(200);
    for (String v : raw) {
      MarcRecord r = new MarcRecord(Leader.defaultBook(), List.of(DataField.of("250", ' ', ' ', 'a', v)));
      assertThat(extractor.extract(r, MarcFlavour.MARC21).number()).as(v).isBetween(1, 999);
    }
  }
}
