package org.unioncat.dedup.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.unioncat.dedup.compare.RecordComparator;
import org.unioncat.dedup.run.DedupConfig;

/**
 * The consortium's quality targets, checked on every build: on a catalog generated from real
 * records (the open-licence fixtures, MARC21 and CNMARC) with every cause and hard negatives,
 * pairwise precision ≥ 0.995 and recall ≥ 0.97, and no merging cause below 0.95 recall. If this
 * fails, the report printed with the failure names the false merges and their explanations.
 */
class QualityGateTest {
  private static final Path MARC = Path.of("..", "ingest", "src", "test", "resources", "marc");

  @ParameterizedTest(name = "generator seed {0}")
  @ValueSource(longs = {42, 2024})
  void generatedCatalogMeetsThePrecisionAndRecallTargets(long seed) throws IOException {
    List<SeedRecord> seeds =
        new ArrayList<>(
            SeedFiles.read(
                List.of(
                    MARC.resolve("solrmarc/uva_001_2000.mrc"),
                    MARC.resolve("catmandu/bu_bibs.mrc"),
                    MARC.resolve("dp2/sample_cnmarcxml.xml"),
                    MARC.resolve("dp2/sample_marcxml.xml"))));
    seeds.addAll(BuiltInSeeds.all());
    GeneratedCatalog catalog = CatalogGenerator.generate(seeds, GeneratorConfig.defaults(seed, 600));

    EvalReport report =
        new QualityEvaluation(new RecordComparator(), DedupConfig.defaults()).evaluate(catalog);

    ByteArrayOutputStream text = new ByteArrayOutputStream();
    report.print(new PrintStream(text, true, StandardCharsets.UTF_8));
    String printed = text.toString(StandardCharsets.UTF_8);
    System.out.println("generator seed " + seed + "\n" + printed);
    assertThat(report.overall().truePositives()).as(printed).isGreaterThan(100);
    assertThat(report.overall().precision()).as(printed).isGreaterThanOrEqualTo(0.995);
    assertThat(report.overall().recall()).as(printed).isGreaterThanOrEqualTo(0.97);
    for (Map.Entry<Integer, CauseScore> e : report.perCause().entrySet()) {
      assertThat(e.getValue().recall()).as("cause " + e.getKey() + "\n" + printed)
          .isGreaterThanOrEqualTo(0.95);
    }
  }
}
