package org.unioncat.dedup.survivor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unioncat.dedup.run.TestRecords.book;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.unioncat.dedup.DedupRecord;

class SurvivorRuleTest {
  private final SurvivorRule rule = SurvivorRule.defaults();

  @Test
  void aRecordWithHoldingsIsKeptOverAMoreCompleteEmptyOne() {
    DedupRecord empty = book(1, "L").isbn("9780261102217").author("Tolkien, J.").noHoldings().build();
    DedupRecord held = book(2, "L").build();
    assertThat(empty.normalized().completeness()).isGreaterThan(held.normalized().completeness());

    assertThat(rule.choose(List.of(empty, held)).id()).isEqualTo(2);
  }

  @Test
  void thenTheMoreCompleteRecord() {
    DedupRecord poor = book(1, "L").build();
    DedupRecord rich = book(2, "L").isbn("9780261102217").build();

    assertThat(rule.choose(List.of(poor, rich)).id()).isEqualTo(2);
  }

  @Test
  void thenFullEncodingLevel() {
    DedupRecord minimal = book(1, "L").encodingLevel('7').build();
    DedupRecord full = book(2, "L").encodingLevel('1').build();
    assertThat(minimal.normalized().completeness()).isEqualTo(full.normalized().completeness());

    assertThat(rule.choose(List.of(minimal, full)).id()).isEqualTo(2);
  }

  @Test
  void thenAnAuthoritativeCatalogingSourceFromTheConfiguredList() {
    DedupRecord local = book(1, "L").source("XYZ").build();
    DedupRecord lc = book(2, "L").source("DLC").build();

    assertThat(rule.choose(List.of(local, lc)).id()).isEqualTo(2);
    assertThat(new SurvivorRule(List.of("xyz")).choose(List.of(local, lc)).id()).isEqualTo(1);
  }

  @Test
  void finallyTheLowestId() {
    DedupRecord a = book(7, "L").build();
    DedupRecord b = book(3, "M").build();

    assertThat(rule.choose(List.of(a, b)).id()).isEqualTo(3);
  }

  @Test
  void aReviewersChoiceBeatsTheRuleAndTheRuleOrdersSeveralChoices() {
    DedupRecord empty = book(1, "L").noHoldings().build();
    DedupRecord held = book(2, "L").build();
    DedupRecord rich = book(3, "M").isbn("9780261102217").build();
    List<DedupRecord> cluster = List.of(empty, held, rich);

    assertThat(rule.choose(cluster, Set.of()).id()).isEqualTo(3);
    assertThat(rule.choose(cluster, Set.of(1L)).id()).isEqualTo(1);
    assertThat(rule.choose(cluster, Set.of(1L, 2L)).id()).isEqualTo(2);
    assertThat(rule.choose(cluster, Set.of(99L)).id()).isEqualTo(3);
  }
}
