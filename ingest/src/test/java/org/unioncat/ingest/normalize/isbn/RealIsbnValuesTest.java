package org.unioncat.ingest.normalize.isbn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RealIsbnValuesTest {

  @Test
  void realIsbnValuesCleanIdempotentlyAndValidOnesHaveNoProblem() {
    List<String> raw = RealFieldValues.of("020$a", "020$z", "010$a", "010$z");
    assertThat(raw).hasSizeGreaterThan(2000);
    for (String v : raw) {
      IsbnEntry e = IsbnEntry.of(v, "020$a", "", false);
      assertThat(IsbnCleaner.clean(e.digits()).digits()).as(v).isEqualTo(e.digits());
      assertThat(e.isbn().isPresent()).as(v).isEqualTo(e.problem() == IsbnProblem.NONE);
      e.isbn().ifPresent(i -> assertThat(e.digits().length()).as(v).isIn(10, 13));
    }
  }
}
