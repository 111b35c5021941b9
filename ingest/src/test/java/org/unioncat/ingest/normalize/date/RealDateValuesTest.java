package org.unioncat.ingest.normalize.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unioncat.ingest.normalize.isbn.RealFieldValues;

class RealDateValuesTest {

  @Test
  void realTranscribedDatesGiveYearsInRangeOrNull() {
    List<String> raw = RealFieldValues.of("260$c", "264$c", "210$d");
    assertThat(raw).hasSizeGreaterThan(500);
    for (String v : raw) {
      TranscribedDate d = TranscribedDateParser.parse(v, "260$c");
      if (d.year() != null) {
        assertThat(d.year()).as(v).isBetween(1000, 2100);
      }
      if (d.earliest() != null) {
        assertThat(d.earliest()).as(v).isLessThanOrEqualTo(d.latest());
      }
    }
  }
}
