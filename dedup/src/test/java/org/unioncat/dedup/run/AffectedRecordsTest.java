package org.unioncat.dedup.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unioncat.dedup.candidate.IdPair;

class AffectedRecordsTest {
  // three components: {1, 2, 3} (a chain), {10, 11}, {20, 21, 22} (a star around 20)
  private static final List<IdPair> PAIRS = List.of(
      IdPair.of(1, 2), IdPair.of(2, 3), IdPair.of(10, 11), IdPair.of(20, 21), IdPair.of(20, 22));

  @Test
  void aSeedBringsItsWholeComponentAlongThroughChains() {
    assertThat(AffectedRecords.of(PAIRS, new long[] {3})).containsExactly(1, 2, 3);
    assertThat(AffectedRecords.of(PAIRS, new long[] {22, 11}))
        .containsExactly(10, 11, 20, 21, 22);
  }

  @Test
  void seedsWithoutPairsAreAffectedOnTheirOwnAndNoSeedsMeanNothing() {
    // 99 lost its only pair (or never had one): its own findings are computed again
    assertThat(AffectedRecords.of(PAIRS, new long[] {99, 2, 2})).containsExactly(1, 2, 3, 99);
    assertThat(AffectedRecords.of(PAIRS, new long[0])).isEmpty();
    assertThat(AffectedRecords.of(List.of(), new long[] {5, 4})).containsExactly(4, 5);
  }

  @Test
  void aLongChainInAnyPairOrderIsOneComponent() {
    List<IdPair> chain = new ArrayList<>();
    for (long i = 1000; i > 1; i--) {
      chain.add(IdPair.of(i, i - 1));
    }
    chain.add(IdPair.of(5000, 5001));
    long[] affected = AffectedRecords.of(chain, new long[] {500});
    assertThat(affected).hasSize(1000);
    assertThat(affected[0]).isEqualTo(1);
    assertThat(affected[999]).isEqualTo(1000);
  }

  @Test
  void pairDifferenceReportsPairsInOnlyOneOfTheTwoRuns() {
    List<IdPair> now = List.of(IdPair.of(1, 2), IdPair.of(1, 5), IdPair.of(3, 4), IdPair.of(7, 8));
    List<IdPair> before = List.of(IdPair.of(1, 2), IdPair.of(1, 3), IdPair.of(3, 4),
        IdPair.of(9, 10));
    List<IdPair> differing = new ArrayList<>();
    long n = PairDifference.between(now, each -> before.forEach(each), differing::add);
    assertThat(differing).containsExactly(
        IdPair.of(1, 3), IdPair.of(1, 5), IdPair.of(7, 8), IdPair.of(9, 10));
    assertThat(n).isEqualTo(4);
    assertThat(PairDifference.between(now, each -> now.forEach(each), differing::add)).isZero();
  }

  @Test
  void pairDifferenceRefusesUnorderedInput() {
    List<IdPair> unordered = List.of(IdPair.of(3, 4), IdPair.of(1, 2));
    assertThatThrownBy(() -> PairDifference.between(unordered, each -> {}, p -> {}))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("ascending");
    assertThatThrownBy(() -> PairDifference.between(List.of(),
        each -> unordered.forEach(each), p -> {}))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("ascending");
  }
}
