package org.unioncat.dedup.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.unioncat.dedup.Cause;
import org.unioncat.dedup.cluster.Cluster;
import org.unioncat.dedup.cluster.ClusterMember;
import org.unioncat.dedup.cluster.Finding;
import org.unioncat.dedup.cluster.MemberRole;
import org.unioncat.dedup.run.DedupConfig;
import org.unioncat.dedup.run.DedupResult;
import org.unioncat.dedup.run.KeyEqualityComparator;
import org.unioncat.dedup.run.RunStatistics;

class QualityEvaluationTest {
  /** G1 = {1 original, 2 duplicate cause 1, 3 duplicate cause 9}; G2 = {4, 5 cause 2, 6 finding cause 11}. */
  private static final TruthTable TRUTH = new TruthTable(List.of(
      new TruthRow("L", "1", "G1", 0, Role.ORIGINAL, false, ""),
      new TruthRow("L", "2", "G1", 1, Role.DUPLICATE, false, ""),
      new TruthRow("L", "3", "G1", 9, Role.DUPLICATE, false, ""),
      new TruthRow("L", "4", "G2", 0, Role.ORIGINAL, false, ""),
      new TruthRow("L", "5", "G2", 2, Role.DUPLICATE, false, ""),
      new TruthRow("L", "6", "G2", 11, Role.FINDING, true, "")));

  /** Predicted: {1 keep, 2 cause 1} and {4 keep, 3 cause 9, 5 cause 2, 6 finding cause 11}. */
  private static final DedupResult RESULT = new DedupResult(
      List.of(
          new Cluster(1, 1, List.of(member(1, MemberRole.KEEP, null), member(2, MemberRole.DUPLICATE, Cause.ISBN_FORMS))),
          new Cluster(3, 4, List.of(member(4, MemberRole.KEEP, null),
              member(3, MemberRole.DUPLICATE, Cause.EMPTY_DOWNLOAD),
              member(5, MemberRole.DUPLICATE, Cause.BINDING),
              member(6, MemberRole.FINDING, Cause.NO_TITLE)))),
      List.of(finding(6, Cause.NO_TITLE), finding(3, Cause.WRONG_RECORD)),
      List.of(),
      new RunStatistics(6, 0, 0, List.of(), 0, 0, 0, 0, 2, 6, 2, 0, 0));

  private static ClusterMember member(long id, MemberRole role, Cause cause) {
    return new ClusterMember(id, "L", Long.toString(id), role, Optional.ofNullable(cause), 0.9,
        "", "", "", "");
  }

  private static Finding finding(long id, Cause cause) {
    return new Finding(id, "L", Long.toString(id), cause, Optional.empty(), "", "", "", "");
  }

  @Test
  void pairwisePrecisionRecallAndF1AreExactOnAHandMadeTruthTable() {
    EvalReport report = QualityEvaluation.score(TRUTH, RESULT, (a, b) -> Optional.empty());

    // predicted: 1-2 TP; 3-4, 3-5, 3-6 FP; 4-5 TP; 4-6, 5-6 neutral. Missed: 1-3, 2-3.
    assertThat(report.overall()).isEqualTo(new PairScore(2, 3, 2, 2));
    assertThat(report.overall().precision()).isEqualTo(0.4);
    assertThat(report.overall().recall()).isEqualTo(0.5);
    assertThat(report.overall().f1()).isEqualTo(2 * 0.4 * 0.5 / 0.9);
  }

  @Test
  void perCauseRecallCountsTruthPairsByTheDuplicateMembersCause() {
    EvalReport report = QualityEvaluation.score(TRUTH, RESULT, (a, b) -> Optional.empty());

    // truth: cause 1 {1-2, 2-3}, cause 9 {1-3, 2-3}, cause 2 {4-5}
    // predicted (not neutral): cause 1 {1-2}, cause 9 {3-4, 3-5, 3-6}, cause 2 {3-5, 4-5}, cause 11 {3-6}
    assertThat(report.perCause()).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(
        1, new CauseScore(1, 2, 1, 1, 1),
        9, new CauseScore(9, 2, 0, 3, 0),
        2, new CauseScore(2, 1, 1, 2, 1),
        11, new CauseScore(11, 0, 0, 1, 0)));
    assertThat(report.perCause().get(1).recall()).isEqualTo(0.5);
    assertThat(report.perCause().get(2).precision()).isEqualTo(0.5);
  }

  @Test
  void findingsAreScoredPerRecordAndCause() {
    EvalReport report = QualityEvaluation.score(TRUTH, RESULT, (a, b) -> Optional.empty());

    assertThat(report.findings()).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(
        11, new FindingScore(11, 1, 1, 1),
        10, new FindingScore(10, 0, 1, 0)));
  }

  @Test
  void listsFalseMergesAcrossGroups() {
    EvalReport report = QualityEvaluation.score(TRUTH, RESULT, (a, b) -> Optional.empty());

    assertThat(report.worstFalseMerges()).extracting(m -> m.first() + "+" + m.second())
        .containsExactly("L:3+L:4", "L:3+L:5", "L:3+L:6");
    assertThat(report.hardNegativeFalseMerges()).isZero();
  }

  @Test
  void evaluatesAGeneratedCatalogAndPrintsTheReport() {
    GeneratedCatalog catalog =
        CatalogGenerator.generate(BuiltInSeeds.all(), GeneratorConfig.defaults(11L, 25));
    QualityEvaluation evaluation = new QualityEvaluation(new KeyEqualityComparator(), DedupConfig.defaults());

    EvalReport report = evaluation.evaluate(catalog);
    EvalReport again = evaluation.evaluate(catalog);

    assertThat(report.overall().truePositives() + report.overall().falseNegatives())
        .isEqualTo(catalog.truth().duplicatePairs().size());
    assertThat(report.statistics().orElseThrow().records()).isEqualTo(catalog.truth().rows().size());
    assertThat(again.overall()).isEqualTo(report.overall());
    assertThat(again.perCause()).isEqualTo(report.perCause());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    report.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String text = bytes.toString(StandardCharsets.UTF_8);
    assertThat(text).startsWith("Pairwise: precision ").contains("Per cause (pairs)");
  }

  @Test
  void recordsAreNumberedInLibraryThenUploadOrderWithTheirHoldings() {
    GeneratedCatalog catalog =
        CatalogGenerator.generate(BuiltInSeeds.all(), GeneratorConfig.defaults(11L, 25));

    var records = QualityEvaluation.records(catalog);

    assertThat(records).hasSize(catalog.truth().rows().size());
    assertThat(records.get(0).id()).isEqualTo(1);
    GeneratedRecord first = catalog.recordsByLibrary().values().iterator().next().get(0);
    assertThat(records.get(0).localId()).isEqualTo(first.localId());
    assertThat(records.stream().filter(r -> !r.hasNoHoldings()).count()).isPositive();
    assertThat(Set.copyOf(records.stream().map(r -> r.id()).toList())).hasSize(records.size());
  }
}
