package org.unioncat.ingest.marc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The tag lookups of {@link MarcRecord}, which answer from an index built on first use. */
class MarcRecordTest {
  private final DataField note1 = DataField.of("500", ' ', ' ', 'a', "First note.");
  private final DataField series = DataField.of("490", '0', ' ', 'a', "Series");
  private final DataField note2 = DataField.of("500", ' ', ' ', 'a', "Second note.");
  private final DataField original = DataField.of("534", ' ', ' ', 'c', "1901");
  private final MarcRecord record =
      new MarcRecord(
          new Leader("00000nam a2200000 a 4500"),
          List.of(new ControlField("001", "id1"), note1, series, original, note2));

  @Test
  void findsFieldsByTagInRecordOrder() {
    assertThat(record.dataFields("500")).containsExactly(note1, note2);
    assertThat(record.dataFields("245")).isEmpty();
    assertThat(record.dataFields("001")).isEmpty(); // a control field is not a data field
    assertThat(record.dataField("500")).contains(note1);
    assertThat(record.dataField("245")).isEmpty();
    assertThat(record.firstValue("534", 'c')).contains("1901");
  }

  @Test
  void severalTagsKeepRecordOrderAcrossTags() {
    assertThat(record.dataFields("534", "500")).containsExactly(note1, original, note2);
    assertThat(record.dataFields("500", "500")).containsExactly(note1, note2);
    assertThat(record.dataFields("534", "245")).containsExactly(original);
    assertThat(record.dataFields("245", "246")).isEmpty();
  }

  @Test
  void listsHandedOutCannotChangeTheRecord() {
    assertThatThrownBy(() -> record.dataFields("500").clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> record.dataFields("500", "490").clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(record.dataFields("500")).hasSize(2);
  }
}
