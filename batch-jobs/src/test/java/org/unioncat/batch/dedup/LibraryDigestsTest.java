package org.unioncat.batch.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.unioncat.dedup.Cause;
import org.unioncat.dedup.cluster.Cluster;
import org.unioncat.dedup.cluster.ClusterMember;
import org.unioncat.dedup.cluster.Finding;
import org.unioncat.dedup.cluster.MemberRole;
import org.unioncat.dedup.run.DedupResult;
import org.unioncat.dedup.run.RunStatistics;

class LibraryDigestsTest {
  private static ClusterMember member(long id, String library, String localId, MemberRole role) {
    return new ClusterMember(id, library, localId, role,
        role == MemberRole.KEEP ? Optional.empty() : Optional.of(Cause.ISBN_FORMS),
        role == MemberRole.KEEP ? 1.0 : 0.9, "same book", "同一种书", "merge", "合并");
  }

  private static DedupResult result(List<Cluster> clusters, List<Finding> findings) {
    return new DedupResult(clusters, findings, List.of(),
        new RunStatistics(0, 0, 0, List.of(), 0, 0, 0, 0, 0, 0, 0, 0, 0));
  }

  private static final Cluster AB = new Cluster(1, 1, List.of(
      member(1, "A", "a1", MemberRole.KEEP), member(2, "B", "b2", MemberRole.DUPLICATE)));
  private static final Cluster CC = new Cluster(5, 5, List.of(
      member(5, "C", "c5", MemberRole.KEEP), member(6, "C", "c6", MemberRole.DUPLICATE)));
  private static final Finding ON_C = new Finding(6, "C", "c6", Cause.STALE_EDITION,
      Optional.of(2L), "copied", "复制", "fix 250", "改 250");

  @Test
  void aClusterCountsForEveryLibraryWithAMemberAndAFindingForItsOwn() {
    Map<String, String> d = LibraryDigests.of(result(List.of(AB, CC), List.of(ON_C)), id -> null);
    assertThat(d.keySet()).containsExactly("A", "B", "C");
    // the related record is not at hand: C's digest never matches another run's
    assertThat(LibraryDigests.of(result(List.of(AB, CC), List.of(ON_C)), id -> null).get("C"))
        .isNotEqualTo(d.get("C"));
    assertThat(LibraryDigests.of(result(List.of(AB, CC), List.of(ON_C)), id -> null).get("A"))
        .isEqualTo(d.get("A"));
  }

  @Test
  void theSameResultGivesTheSameDigestsAndAnyChangeChangesOnlyTheLibrariesConcerned() {
    Map<String, String> before = LibraryDigests.of(result(List.of(AB, CC), List.of()), id -> null);
    assertThat(LibraryDigests.of(result(List.of(AB, CC), List.of()), id -> null))
        .isEqualTo(before);

    // the kept record's 001 changes: both libraries of the cluster (B's rows name it), not C
    Cluster renamed = new Cluster(1, 1, List.of(
        member(1, "A", "a1-new", MemberRole.KEEP), member(2, "B", "b2", MemberRole.DUPLICATE)));
    Map<String, String> after = LibraryDigests.of(result(List.of(renamed, CC), List.of()), id -> null);
    assertThat(after.get("A")).isNotEqualTo(before.get("A"));
    assertThat(after.get("B")).isNotEqualTo(before.get("B"));
    assertThat(after.get("C")).isEqualTo(before.get("C"));

    // a cluster id changes (a reviewer's split renumbers nothing else): its libraries only
    Cluster renumbered = new Cluster(2, 1, AB.members());
    after = LibraryDigests.of(result(List.of(renumbered, CC), List.of()), id -> null);
    assertThat(after.get("A")).isNotEqualTo(before.get("A"));
    assertThat(after.get("C")).isEqualTo(before.get("C"));

    // a cluster goes away: its libraries have nothing left (no digest), C is unchanged
    after = LibraryDigests.of(result(List.of(CC), List.of()), id -> null);
    assertThat(after).doesNotContainKeys("A", "B");
    assertThat(after.get("C")).isEqualTo(before.get("C"));
  }
}
