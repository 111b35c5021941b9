package org.unioncat.dedup.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marc4j.MarcStreamReader;
import org.unioncat.ingest.marc.DataField;
import org.unioncat.ingest.marc.MarcField;
import org.unioncat.ingest.marc.MarcRecord;

class CatalogGeneratorTest {
  /** 30 cases: two per cause (24), three hard negatives, three lone originals. */
  private static GeneratorConfig smallConfig(long seed) {
    double[] shares = new double[GeneratorConfig.CAUSES];
    Arrays.fill(shares, 2.0 / 30);
    return new GeneratorConfig(seed, 5, 30, shares, 0.1);
  }

  private static GeneratedCatalog generate(long seed) {
    return CatalogGenerator.generate(SeedRecords.all(), smallConfig(seed));
  }

  @Test
  void sameSeedGivesIdenticalTruthAndIdenticalBytes() {
    GeneratedCatalog first = generate(42);
    GeneratedCatalog second = generate(42);

    assertThat(second.truth().toCsv()).isEqualTo(first.truth().toCsv());
    for (String library : first.recordsByLibrary().keySet()) {
      assertThat(second.iso2709(library)).isEqualTo(first.iso2709(library));
    }
  }

  @Test
  void differentSeedGivesADifferentCatalog() {
    assertThat(generate(43).truth().toCsv()).isNotEqualTo(generate(42).truth().toCsv());
    assertThat(generate(43).iso2709("LIB01")).isNotEqualTo(generate(42).iso2709("LIB01"));
  }

  @Test
  void eachCauseGetsExactlyItsShareOfCases() {
    GeneratedCatalog catalog = generate(7);
    Map<Integer, List<TruthRow>> byCause =
        catalog.truth().rows().stream().collect(Collectors.groupingBy(TruthRow::cause));

    for (int cause = 1; cause <= 12; cause++) {
      assertThat(catalog.caseCounts()).containsEntry(String.format("cause%02d", cause), 2);
    }
    for (int cause : new int[] {1, 2, 4, 6, 8, 9, 12}) {
      assertThat(byCause.get(cause)).hasSize(2).allMatch(r -> r.role() == Role.DUPLICATE);
    }
    for (int cause : new int[] {5, 7}) {
      assertThat(byCause.get(cause)).hasSize(2)
          .allMatch(r -> r.role() == Role.ORIGINAL && r.finding() && !r.negativeOf().isEmpty());
    }
    for (int cause : new int[] {10, 11}) {
      assertThat(byCause.get(cause)).hasSize(2).allMatch(r -> r.role() == Role.FINDING && r.finding());
    }
    assertThat(byCause.get(3).stream().filter(r -> r.negativeOf().isEmpty())).hasSize(2);
    assertThat(byCause.get(3)).allMatch(TruthRow::finding);
    int negatives = catalog.caseCounts().entrySet().stream()
        .filter(e -> e.getKey().startsWith("negative:")).mapToInt(Map.Entry::getValue).sum();
    assertThat(negatives).isEqualTo(3);
    assertThat(catalog.caseCounts()).containsEntry("lone", 3);
  }

  @Test
  void everyTruthRowRefersToExactlyOneGeneratedRecord() {
    GeneratedCatalog catalog = generate(11);
    Set<RecordKey> records = new HashSet<>();
    catalog.recordsByLibrary().forEach((library, list) ->
        list.forEach(r -> records.add(new RecordKey(library, r.localId()))));

    Set<RecordKey> rows = catalog.truth().rows().stream().map(TruthRow::key).collect(Collectors.toSet());
    assertThat(rows).isEqualTo(records);
    assertThat(catalog.truth().rows()).hasSize(records.size());
  }

  @Test
  void localIdsAreUniqueWithinEachLibrary() {
    GeneratedCatalog catalog = generate(12);

    catalog.recordsByLibrary().forEach((library, list) -> {
      List<String> ids = list.stream().map(GeneratedRecord::localId).toList();
      assertThat(new HashSet<>(ids)).as(library).hasSize(ids.size());
    });
  }

  @Test
  void everyGroupHasExactlyOneOriginal() {
    for (List<TruthRow> group : generate(13).truth().groups().values()) {
      assertThat(group.stream().filter(r -> r.role() == Role.ORIGINAL)).as(group.toString()).hasSize(1);
    }
  }

  @Test
  void holdingsAreInTheFlavoursFieldExceptOnEmptyRedownloads() {
    GeneratedCatalog catalog = generate(14);
    Map<RecordKey, TruthRow> truth = new HashMap<>();
    catalog.truth().rows().forEach(r -> truth.put(r.key(), r));
    int checkedEmpty = 0;

    for (List<GeneratedRecord> list : catalog.recordsByLibrary().values()) {
      for (GeneratedRecord generated : list) {
        TruthRow row = truth.get(new RecordKey(generated.library(), generated.localId()));
        String holdingsTag = generated.flavour().isUnimarcFamily() ? "905" : "852";
        List<DataField> holdings = generated.record().dataFields(holdingsTag);
        if (row.cause() == 9) {
          assertThat(holdings).isEmpty();
          checkedEmpty++;
        } else if (row.cause() != 11) {
          assertThat(holdings).as(row.toString()).isNotEmpty()
              .allMatch(h -> h.first('a').orElse("").equals(generated.library()));
        }
        assertThat(generated.record().dataFields(generated.flavour().isUnimarcFamily() ? "852" : "905")).isEmpty();
      }
    }
    assertThat(checkedEmpty).isEqualTo(2);
  }

  @Test
  void emptyRedownloadIsTheOriginalInTheSameLibraryWithoutHoldings() {
    GeneratedCatalog catalog = generate(15);
    for (List<TruthRow> group : catalog.truth().groups().values()) {
      for (TruthRow copy : group) {
        if (copy.cause() != 9) {
          continue;
        }
        TruthRow original = group.stream().filter(r -> r.role() == Role.ORIGINAL).findFirst().orElseThrow();
        assertThat(copy.library()).isEqualTo(original.library());
        assertThat(bibliographic(catalog, copy)).isEqualTo(bibliographic(catalog, original));
      }
    }
  }

  @Test
  void findingsAndHardNegativesNeverAppearInDuplicatePairs() {
    GeneratedCatalog catalog = generate(16);
    TruthTable truth = catalog.truth();
    Map<RecordKey, TruthRow> rows = new HashMap<>();
    truth.rows().forEach(r -> rows.put(r.key(), r));

    for (RecordPair pair : truth.duplicatePairs()) {
      TruthRow a = rows.get(pair.first());
      TruthRow b = rows.get(pair.second());
      assertThat(a.groupId()).isEqualTo(b.groupId());
      assertThat(List.of(a, b)).noneMatch(r -> r.role() == Role.FINDING)
          .noneMatch(r -> Set.of(3, 5, 7, 10, 11).contains(r.cause()))
          .noneMatch(r -> !r.negativeOf().isEmpty());
    }
    assertThat(truth.duplicatePairs()).hasSize(14); // 7 one-duplicate causes x 2 cases
    assertThat(truth.neutralPairs()).hasSize(4); // causes 10 and 11: finding vs its group's original
    assertThat(truth.findingRecords().stream().map(TruthRow::cause).collect(Collectors.toSet()))
        .contains(3, 5, 7, 10, 11);
  }

  @Test
  void differentVolumesOfASetAreInDifferentGroups() {
    GeneratedCatalog catalog = generate(17);
    List<TruthRow> volumes = catalog.truth().rows().stream().filter(r -> r.cause() == 3).toList();

    assertThat(volumes.stream().map(TruthRow::groupId).distinct()).hasSize(volumes.size());
    assertThat(volumes.size()).isGreaterThanOrEqualTo(4);
  }

  @Test
  void isbnFormsCauseGivesTenDigitsInOneRecordAndThirteenInTheOther() {
    GeneratedCatalog catalog = generate(18);
    for (List<TruthRow> group : catalog.truth().groups().values()) {
      if (group.stream().noneMatch(r -> r.cause() == 1)) {
        continue;
      }
      Set<Integer> lengths = new HashSet<>();
      for (TruthRow row : group) {
        MarcRecord record = record(catalog, row);
        String tag = record.has("200") ? "010" : "020";
        String isbn = record.firstValue(tag, 'a').orElseThrow();
        lengths.add(Isbns.digits(isbn).orElseThrow().length());
      }
      assertThat(lengths).containsExactlyInAnyOrder(10, 13);
    }
  }

  @Test
  void libraryFilesAreReadableIso2709WithEveryRecord(@TempDir Path dir) throws Exception {
    GeneratedCatalog catalog = generate(19);
    catalog.writeTo(dir);

    assertThat(Files.readString(dir.resolve("truth.csv")))
        .startsWith("library,local_id,group_id,cause,role,finding,negative_of\n");
    for (Map.Entry<String, List<GeneratedRecord>> e : catalog.recordsByLibrary().entrySet()) {
      MarcStreamReader reader = new MarcStreamReader(
          new ByteArrayInputStream(Files.readAllBytes(dir.resolve(e.getKey() + ".mrc"))), "UTF-8");
      int n = 0;
      while (reader.hasNext()) {
        assertThat(reader.next().getControlNumber()).isEqualTo(e.getValue().get(n).localId());
        n++;
      }
      assertThat(n).isEqualTo(e.getValue().size());
    }
  }

  @Test
  void tooFewSeedsAreRefusedWithTheNumberNeeded() {
    assertThatThrownBy(() -> CatalogGenerator.generate(SeedRecords.all().subList(0, 10), smallConfig(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("need at least 32 distinct usable seeds");
  }

  private static MarcRecord record(GeneratedCatalog catalog, TruthRow row) {
    return catalog.recordsByLibrary().get(row.library()).stream()
        .filter(r -> r.localId().equals(row.localId())).findFirst().orElseThrow().record();
  }

  private static List<MarcField> bibliographic(GeneratedCatalog catalog, TruthRow row) {
    return record(catalog, row).fields().stream()
        .filter(f -> !f.tag().equals("001") && !f.tag().equals("852") && !f.tag().equals("905"))
        .toList();
  }
}
