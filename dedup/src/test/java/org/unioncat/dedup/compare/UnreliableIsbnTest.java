package org.unioncat.dedup.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unioncat.dedup.compare.Records.df;
import static org.unioncat.dedup.compare.Records.f008;
import static org.unioncat.dedup.compare.Records.m21;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.unioncat.dedup.DedupRecord;
import org.unioncat.dedup.cluster.Cluster;
import org.unioncat.dedup.cluster.ClusterMember;
import org.unioncat.dedup.run.DedupConfig;
import org.unioncat.dedup.run.DedupResult;
import org.unioncat.dedup.run.Deduplicator;

/**
 * An ISBN shared by clearly different books (publishers reuse numbers; one ISBN lands on a whole
 * set) stops counting as evidence, and so does an ISBN on the consortium's known-bad list.
 */
class UnreliableIsbnTest {
  private static final String REUSED = "9780801824098";

  private static DedupRecord gittinger(String library) {
    return m21(library,
        f008("1982"),
        df("020", ' ', ' ', 'a', REUSED),
        df("100", '1', ' ', 'a', "Gittinger, J. Price", 'd', "1917-"),
        df("245", '1', '0', 'a', "Economic analysis of agricultural projects /", 'c', "J. Price Gittinger."),
        df("260", ' ', ' ', 'a', "Baltimore :", 'b', "Johns Hopkins University Press,", 'c', "1982."),
        df("300", ' ', ' ', 'a', "xix, 505 p. ;"));
  }

  private static DedupRecord yeats() {
    return m21("LIB3",
        f008("1983"),
        df("020", ' ', ' ', 'a', REUSED),
        df("100", '1', ' ', 'a', "Yeats, W. B.", 'q', "(William Butler),", 'd', "1865-1939."),
        df("245", '1', '4', 'a', "The poems /", 'c', "W.B. Yeats."),
        df("260", ' ', ' ', 'a', "London :", 'b', "Macmillan,", 'c', "1983."),
        df("300", ' ', ' ', 'a', "xx, 748 p. ;"));
  }

  @Test
  void isbnFoundOnDifferentBooksIsNotCountedButTheBookStillMatchesOnItsOtherFields() {
    DedupRecord a = gittinger("LIB1");
    DedupRecord b = gittinger("LIB2");
    DedupRecord c = yeats();

    DedupResult result =
        new Deduplicator(new RecordComparator(), DedupConfig.defaults()).run(List.of(a, b, c), Set.of());

    assertThat(result.clusters()).hasSize(1);
    Cluster cluster = result.clusters().get(0);
    assertThat(cluster.members()).extracting(ClusterMember::recordId)
        .containsExactlyInAnyOrder(a.id(), b.id());
    ClusterMember duplicate =
        cluster.members().stream().filter(m -> m.recordId() != cluster.keepId()).findFirst().orElseThrow();
    assertThat(duplicate.explanationEn())
        .contains("ISBN " + REUSED + " is shared by different books (reused, or printed on a whole set): not counted")
        .doesNotContain("same ISBN-13");
    assertThat(duplicate.explanationZh()).contains("为不同的书共用");
  }

  @Test
  void knownBadIsbnFromTheConsortiumsListIsNotCounted() {
    DedupRecord a = gittinger("LIB1");
    DedupRecord b = gittinger("LIB2");
    PairComparator comparator = new RecordComparator().withUnreliableIsbns(Set.of(REUSED));

    Comparison withList = comparator.compare(a, b);
    Comparison without = new RecordComparator().compare(a, b);

    assertThat(without.explanationEn()).contains("same ISBN-13");
    assertThat(withList.explanationEn()).doesNotContain("same ISBN-13").contains("not counted");
    assertThat(withList.score()).isLessThan(without.score());
  }

  @Test
  void configuredKnownBadIsbnsReachTheComparator() {
    DedupRecord a = gittinger("LIB1");
    DedupRecord b = gittinger("LIB2");

    DedupResult result =
        new Deduplicator(new RecordComparator(), DedupConfig.defaults().withKnownBadIsbns(Set.of(REUSED)))
            .run(List.of(a, b), Set.of());

    assertThat(result.clusters()).hasSize(1);
    assertThat(result.clusters().get(0).members().get(1).explanationEn()).contains("not counted");
  }
}
