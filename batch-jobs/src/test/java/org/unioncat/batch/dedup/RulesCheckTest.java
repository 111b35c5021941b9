package org.unioncat.batch.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RulesCheckTest {
  @Test
  void anIncrementalRunBuildsOnThePreviousOnlyWithTheSameDetector() {
    assertThat(RulesCheck.mode("incremental", "abc", "abc")).isEqualTo("incremental");
    assertThat(RulesCheck.mode("incremental", "abc", "abd")).isEqualTo("full");
    assertThat(RulesCheck.mode("incremental", null, "abc")).isEqualTo("full");
    assertThat(RulesCheck.mode("full", "abc", "abc")).isEqualTo("full");
    assertThat(RulesCheck.mode("full", null, "abc")).isEqualTo("full");
  }
}
