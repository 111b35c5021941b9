package org.unioncat.dedup.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.unioncat.dedup.cluster.Cluster;
import org.unioncat.dedup.cluster.ClusterMember;
import org.unioncat.dedup.cluster.MemberRole;

class ClusterIdentitiesTest {

  @Test
  void firstRunKeepsTheDetectorsIdsAllNew() {
    var r = ClusterIdentities.assign(List.of(cluster(1, 2), cluster(5, 9, 12)), Map.of());
    assertThat(ids(r)).containsExactly(1L, 5L);
    assertThat(r.created()).isEqualTo(2);
    assertThat(r.changed()).isZero();
    assertThat(r.closed()).isZero();
  }

  @Test
  void sameClustersAgainChangeNothing() {
    var r = ClusterIdentities.assign(List.of(cluster(1, 2), cluster(5, 9)),
        Map.of(1L, Set.of(1L, 2L), 5L, Set.of(5L, 9L)));
    assertThat(ids(r)).containsExactly(1L, 5L);
    assertThat(r.created() + r.changed() + r.closed()).isZero();
  }

  @Test
  void aClusterKeepsItsIdWhenItsLowestRecordIsMergedAwayAndWhenItGrows() {
    // Record 1 was merged (gone); 3 joins cluster 5.
    var r = ClusterIdentities.assign(List.of(cluster(2, 4), cluster(3, 5, 9)),
        Map.of(1L, Set.of(1L, 2L, 4L), 5L, Set.of(5L, 9L)));
    assertThat(r.clusters()).extracting(Cluster::id).containsExactly(1L, 5L);
    assertThat(r.clusters().get(0).members()).extracting(ClusterMember::recordId)
        .containsExactly(2L, 4L);
    assertThat(r.created()).isZero();
    assertThat(r.changed()).isEqualTo(2);
    assertThat(r.closed()).isZero();
  }

  @Test
  void onASplitThePartWithTheLowestOldMemberKeepsTheIdTheRestIsNew() {
    var r = ClusterIdentities.assign(List.of(cluster(1, 2), cluster(3, 4)),
        Map.of(1L, Set.of(1L, 2L, 3L, 4L)));
    assertThat(ids(r)).containsExactly(1L, 3L);
    assertThat(r.created()).isEqualTo(1);
    assertThat(r.changed()).isEqualTo(1);
    assertThat(r.closed()).isZero();
  }

  @Test
  void thePartComputedAgainGetsTheIdsAndCountsTheWholeRunWouldGive() {
    // Previous run: 1 = {1, 2, 3} and 10 = {10, 11} (touched tonight), 4 = {5, 6} (its record 4
    // left it in an earlier run) and 20 = {20, 21} (both untouched: carried over).
    Map<Long, Set<Long>> previous = Map.of(
        1L, Set.of(1L, 2L, 3L), 4L, Set.of(5L, 6L), 10L, Set.of(10L, 11L), 20L, Set.of(20L, 21L));
    // Tonight: cluster 1 splits into {1, 2} and {3, 40}; 4 joins a new cluster with 41 (4 is in
    // use by the carried cluster {5, 6}, so the fresh id must be 41); 10 loses 11.
    List<Cluster> part = List.of(cluster(1, 2), cluster(3, 40), cluster(4, 41), cluster(10, 12));
    List<Cluster> carried = List.of(cluster(5, 6), cluster(20, 21));
    List<Cluster> all = new ArrayList<>(part);
    all.addAll(carried);
    var whole = ClusterIdentities.assign(all, previous);

    var partial = ClusterIdentities.assign(part,
        Map.of(1L, Set.of(1L, 2L, 3L), 10L, Set.of(10L, 11L)), Set.of(4L, 20L));
    assertThat(ids(partial)).containsExactly(1L, 3L, 10L, 41L);
    assertThat(whole.clusters())
        .filteredOn(c -> !Set.of(5L, 20L).contains(c.members().get(0).recordId()))
        .extracting(Cluster::id).containsExactlyElementsOf(ids(partial));
    assertThat(partial.created()).isEqualTo(whole.created()).isEqualTo(2);
    assertThat(partial.changed()).isEqualTo(whole.changed()).isEqualTo(2);
    assertThat(partial.closed()).isEqualTo(whole.closed()).isZero();
  }

  @Test
  void aMergeOfTwoClustersKeepsTheLowerOneClosesTheOther() {
    var r = ClusterIdentities.assign(List.of(cluster(1, 2, 7, 8)),
        Map.of(1L, Set.of(1L, 2L), 7L, Set.of(7L, 8L)));
    assertThat(ids(r)).containsExactly(1L);
    assertThat(r.changed()).isEqualTo(1);
    assertThat(r.closed()).isEqualTo(1);
  }

  @Test
  void aFreshIdIsNeverAnIdInUseOrClosedTonight() {
    // Cluster 3 (record 3 merged away earlier) had 4 and 5; tonight 4 and 5 split apart, each
    // with a new record: 4's part keeps 3, 5's part would take 5 — free, so it does.
    var r = ClusterIdentities.assign(List.of(cluster(4, 8), cluster(5, 9)),
        Map.of(3L, Set.of(4L, 5L)));
    assertThat(ids(r)).containsExactly(3L, 5L);
    assertThat(r.created()).isEqualTo(1);
    assertThat(r.changed()).isEqualTo(1);
  }

  @Test
  void withoutAFreeIdItSaysSo() {
    // Clusters 30 and 31 live on through 5 and 6; 30 and 31 themselves form a new cluster,
    // and both their ids are taken.
    assertThatThrownBy(() -> ClusterIdentities.assign(
            List.of(cluster(5, 40), cluster(6, 41), cluster(30, 31)),
            Map.of(30L, Set.of(5L, 50L), 31L, Set.of(6L, 60L))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no free cluster id");
  }

  private static List<Long> ids(ClusterIdentities.Result r) {
    return r.clusters().stream().map(Cluster::id).toList();
  }

  private static Cluster cluster(long... ids) {
    List<ClusterMember> members = new ArrayList<>();
    for (long id : ids) {
      members.add(new ClusterMember(id, "L", "x" + id,
          members.isEmpty() ? MemberRole.KEEP : MemberRole.DUPLICATE, Optional.empty(), 1.0, "", "",
          "", ""));
    }
    return new Cluster(ids[0], ids[0], members);
  }
}
