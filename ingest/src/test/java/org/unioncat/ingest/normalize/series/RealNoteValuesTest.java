package org.unioncat.ingest.normalize.series;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unioncat.ingest.marc.DataField;
import org.unioncat.ingest.marc.Leader;
import org.unioncat.ingest.marc.MarcFlavour;
import org.unioncat.ingest.marc.MarcRecord;
import org.unioncat.ingest.normalize.isbn.RealFieldValues;

class RealNoteValuesTest {

  /** None of the corpus' general notes is a series statement: precision over recall. */
  @Test
  void noOrdinaryReal500NoteIsReadAsSeries() {
    SeriesExtractor extractor = new SeriesExtractor();
    List<String> raw = RealFieldValues.of("500$a");
    assertThat(raw).hasSizeGreaterThan(1000);
    List<String> found = new ArrayList<>();
    for (String v : raw) {
      MarcRecord r = new MarcRecord(Leader.defaultBook(), List.of(DataField.of("500", ' ', ' ', 'a', v)));
      extractor.extract(r, MarcFlavour.MARC21).fromNotes().forEach(e -> found.add(v));
    }
    assertThat(found).isEmpty();
  }

  @Test
  void realSeriesFieldsAllGiveAKey() {
    SeriesExtractor extractor = new SeriesExtractor();
    for (String v : RealFieldValues.of("490$a")) {
      MarcRecord r = new MarcRecord(Leader.defaultBook(), List.of(DataField.of("490", '0', ' ', 'a', v)));
      SeriesData data = extractor.extract(r, MarcFlavour.MARC21);
      if (v.codePoints().anyMatch(Character::isLetterOrDigit)) {
        assertThat(data.keys()).as(v).hasSize(1);
      }
    }
  }
}
