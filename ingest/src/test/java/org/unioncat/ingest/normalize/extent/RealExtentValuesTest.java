package org.unioncat.ingest.normalize.extent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unioncat.ingest.normalize.isbn.RealFieldValues;

class RealExtentValuesTest {

  @Test
  void realExtentsGivePositiveCountsOrNull() {
    List<String> raw = RealFieldValues.of("300$a", "215$a");
    assertThat(raw).hasSizeGreaterThan(2000);
    for (String v : raw) {
      ExtentInfo info = ExtentParser.parse(v, "300$a");
      if (info.pages() != null) {
        assertThat(info.pages()).as(v).isPositive();
      }
      if (info.volumes() != null) {
        assertThat(info.volumes()).as(v).isPositive();
      }
    }
  }
}
