package org.unioncat.dedup.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.unioncat.dedup.run.TestRecords.book;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.unioncat.dedup.Cause;
import org.unioncat.dedup.DedupRecord;
import org.unioncat.dedup.candidate.IdPair;
import org.unioncat.dedup.cluster.Cluster;
import org.unioncat.dedup.cluster.ClusterMember;
import org.unioncat.dedup.cluster.Finding;
import org.unioncat.dedup.cluster.MemberRole;
import org.unioncat.dedup.compare.Verdict;

class DeduplicatorTest {
  private static final String HOBBIT_10 = "0-261-10221-4";
  private static final String HOBBIT_13 = "9780261102217";

  /** A small catalog with one case per behaviour. */
  static List<DedupRecord> catalog() {
    return List.of(
        // ISBN-10 vs ISBN-13, other library (merge); empty re-download in LIB01 (cause 9)
        book(1, "LIB01").isbn(HOBBIT_10).title("The hobbit").author("Tolkien, J. R. R.").build(),
        book(2, "LIB02").isbn(HOBBIT_13).title("The hobbit").author("Tolkien, J. R. R.").build(),
        book(3, "LIB01").isbn(HOBBIT_10).title("The hobbit").author("Tolkien, J. R. R.")
            .noHoldings().build(),
        // no ISBN: title + year + author; same library, other call number (cause 12 finding)
        book(4, "LIB03").title("Poems").author("Keats, John").year(1999).callNumber("PR4831 .A1").build(),
        book(5, "LIB03").title("Poems").author("Keats, John").year(1999).callNumber("PR4831 .B2").build(),
        // two volumes carrying the set ISBN: cause 3, never merged
        book(6, "LIB04").isbn("9787500000006").title("History of China").part("v. 1").build(),
        book(7, "LIB05").isbn("9787500000006").title("History of China").part("v. 2").build(),
        // no usable title (cause 11)
        book(8, "LIB02").isbn(HOBBIT_13).title("REQUIRED FIELD").build(),
        // lone record
        book(9, "LIB02").isbn("9780140449136").title("Crime and punishment").build());
  }

  private static DedupResult run(List<DedupRecord> records, Set<IdPair> rejected) {
    return new Deduplicator(new KeyEqualityComparator(), DedupConfig.defaults()).run(records, rejected);
  }

  @Test
  void clustersDuplicatesWithTheRecordToKeepFirstAndACausePerMember() {
    DedupResult result = run(catalog(), Set.of());

    assertThat(result.clusters()).extracting(Cluster::id, Cluster::keepId)
        .containsExactly(tuple(1L, 1L), tuple(4L, 4L));
    assertThat(result.clusters().get(0).members())
        .extracting(ClusterMember::recordId, ClusterMember::role, ClusterMember::cause, ClusterMember::score)
        .containsExactly(
            tuple(1L, MemberRole.KEEP, Optional.empty(), 1.0),
            tuple(2L, MemberRole.DUPLICATE, Optional.of(Cause.NO_CHECK), 0.95),
            tuple(3L, MemberRole.DUPLICATE, Optional.of(Cause.EMPTY_DOWNLOAD), 0.95));
    assertThat(result.clusters().get(1).members())
        .extracting(ClusterMember::recordId, ClusterMember::role, ClusterMember::cause)
        .containsExactly(
            tuple(4L, MemberRole.KEEP, Optional.empty()),
            tuple(5L, MemberRole.DUPLICATE, Optional.of(Cause.NO_CHECK)));
  }

  @Test
  void eachMemberCarriesTheExactFixInEnglishAndChinese() {
    List<ClusterMember> hobbit = run(catalog(), Set.of()).clusters().get(0).members();

    assertThat(hobbit.get(0).actionEn()).isEqualTo("keep this record; the holdings of 2 other records"
        + " move here; add the missing ISBN form (ISBN-10 0261102214 / ISBN-13 9780261102217)");
    assertThat(hobbit.get(1).actionEn())
        .isEqualTo("merge holdings into record 1 (library LIB01, 001 b1) and delete this record");
    assertThat(hobbit.get(1).actionZh()).isEqualTo("将馆藏合并到记录 1（馆 LIB01，001 b1），然后删除本记录");
    assertThat(hobbit.get(2).actionEn()).isEqualTo("delete this empty copy (cause 9)");
    assertThat(hobbit.get(1).explanationEn()).isEqualTo("same ISBN-13 9780261102217; title identical");
  }

  @Test
  void reportsSetVolumeNoTitleAndSameLibraryTwoCallNumbersAsFindings() {
    List<Finding> findings = run(catalog(), Set.of()).findings();

    assertThat(findings).extracting(Finding::recordId, Finding::cause, Finding::relatedRecordId)
        .containsExactly(
            tuple(5L, Cause.NO_CHECK, Optional.of(4L)),
            tuple(6L, Cause.MULTI_VOLUME, Optional.of(7L)),
            tuple(7L, Cause.MULTI_VOLUME, Optional.of(6L)),
            tuple(8L, Cause.NO_TITLE, Optional.empty()));
    assertThat(findings.get(0).actionEn()).isEqualTo("same book under two call numbers"
        + " (PR4831 .B2 / PR4831 .A1): keep one, move the items to record 4 (library LIB03, 001 b4)"
        + " and delete this record (cause 12)");
    assertThat(findings.get(1).actionEn()).startsWith(
        "flag for the center: set-level vs volume records (cause 3)");
    assertThat(findings.get(3).actionEn()).startsWith("re-catalog (cause 11)");
  }

  @Test
  void countsWhatTheRunDid() {
    RunStatistics s = run(catalog(), Set.of()).statistics();

    // pairs: 1-2, 1-3, 2-3 (ISBN), 1-8, 2-8, 3-8 (ISBN, no title), 4-5 (title), 6-7 (ISBN)
    assertThat(s.records()).isEqualTo(9);
    assertThat(s.candidatePairs()).isEqualTo(8);
    assertThat(s.comparisons()).isEqualTo(8);
    assertThat(s.duplicatePairs()).isEqualTo(4);
    assertThat(s.clusters()).isEqualTo(2);
    assertThat(s.clusteredRecords()).isEqualTo(5);
    assertThat(s.findings()).isEqualTo(4);
    assertThat(s.cappedBlocks()).isEmpty();
    assertThat(s.pairsSkipped()).isZero();
    assertThat(s.pairsPerRecord()).isEqualTo(8.0 / 9);
  }

  @Test
  void givesTheSameResultWhateverTheRecordOrderAndThreadCount() {
    DedupResult first = run(catalog(), Set.of());
    List<DedupRecord> shuffled = new ArrayList<>(catalog());
    Collections.shuffle(shuffled, new Random(7));
    DedupResult second = new Deduplicator(new KeyEqualityComparator(), DedupConfig.defaults().withThreads(1))
        .run(shuffled, Set.of());

    assertThat(second.clusters()).isEqualTo(first.clusters());
    assertThat(second.findings()).isEqualTo(first.findings());
    assertThat(second.reviewSuggestions()).isEqualTo(first.reviewSuggestions());
    assertThat(second.statistics().withoutTime()).isEqualTo(first.statistics().withoutTime());
  }

  @Test
  void keepsRejectedPairsApartAndSuggestsThemForReview() {
    DedupResult result = run(catalog(), Set.of(IdPair.of(5, 4)));

    assertThat(result.clusters()).extracting(Cluster::id).containsExactly(1L);
    assertThat(result.reviewSuggestions()).extracting(s -> s.pair().toString()).containsExactly("4-5");
    assertThat(result.reviewSuggestions().get(0).reasonEn())
        .isEqualTo("not merged: a reviewer decided this pair are not duplicates");
  }

  @Test
  void neverChainsAcrossACannotLinkPair() {
    // 1≈2 and 2≈3 are duplicates, but 1 and 3 cannot be linked (and were never a candidate pair)
    List<DedupRecord> records = List.of(
        book(1, "LIB01").title("Alpha").isbn("9780261102217").build(),
        book(2, "LIB02").title("Alpha").isbn("9780261102217", "9780140449136").year(2001).build(),
        book(3, "LIB03").title("Gamma").isbn("9780140449136").year(2001).build());
    ScriptedComparator script = new ScriptedComparator()
        .say(1, 2, Verdict.DUPLICATE, 0.9)
        .say(2, 3, Verdict.DUPLICATE, 0.8)
        .say(1, 3, Verdict.CANNOT_LINK, 0.0);

    DedupResult result = new Deduplicator(script, DedupConfig.defaults()).run(records, Set.of());

    assertThat(result.clusters()).hasSize(1);
    assertThat(result.clusters().get(0).members()).extracting(ClusterMember::recordId)
        .containsExactly(1L, 2L);
    assertThat(result.reviewSuggestions()).extracting(s -> s.pair().toString()).containsExactly("2-3");
    assertThat(result.statistics().candidatePairs()).isEqualTo(2);
    assertThat(result.statistics().comparisons()).isEqualTo(3); // 2 candidates + 1-3 on demand
  }

  @Test
  void reportsProgressOfEveryPhase() {
    List<String> phases = new ArrayList<>();
    new Deduplicator(new KeyEqualityComparator(), DedupConfig.defaults())
        .run(catalog(), Set.of(), (phase, done, total) -> {
          if (done == total) {
            phases.add(phase + " " + total);
          }
        });

    assertThat(phases).containsExactly("keys 9", "compare 8", "cluster 8", "report 2");
  }
}
