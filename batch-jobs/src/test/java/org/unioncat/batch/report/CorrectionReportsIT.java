package org.unioncat.batch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.unioncat.config.LibraryCode;
import org.unioncat.dedup.Cause;
import org.unioncat.dedup.cluster.Cluster;
import org.unioncat.dedup.cluster.ClusterMember;
import org.unioncat.dedup.cluster.Finding;
import org.unioncat.dedup.cluster.MemberRole;
import org.unioncat.dedup.eval.RecordKey;
import org.unioncat.dedup.eval.Role;
import org.unioncat.dedup.eval.TruthRow;
import org.unioncat.dedup.run.ProgressListener;
import org.unioncat.dedup.store.DedupStore;
import org.unioncat.ingest.store.LibraryStore;
import org.unioncat.ingest.store.MemberLibrary;
import org.unioncat.ingest.store.TestDatabases;

/**
 * Correction reports built from duplicate detection runs over a generated, labelled catalog, on
 * MariaDB and H2: exact rows per library (from the generator's truth and the detector's stored
 * clusters and findings), idempotent rebuilds, stable reports across unchanged runs, marks that
 * follow their rows, and the Excel file read back with POI.
 */
class CorrectionReportsIT {

  static List<String> databases() {
    return TestDatabases.names();
  }

  @ParameterizedTest
  @MethodSource("databases")
  void reportsHoldExactlyTheExpectedRowsAndAreStableAcrossRebuildsAndRuns(String db)
      throws Exception {
    GeneratedCatalogFixture fx = new GeneratedCatalogFixture(TestDatabases.fresh(db), 7, 200);
    long run = fx.dedupRun();
    CorrectionReports reports = new CorrectionReports(fx.ds);
    List<String> phases = new ArrayList<>();
    CorrectionReports.BuildResult built =
        reports.writeForRun(run, (phase, done, total) -> phases.add(phase + " " + done + "/" + total));
    assertThat(built.libraries()).isEqualTo(5);
    assertThat(phases).first().isEqualTo("reports 0/5");
    assertThat(phases).last().isEqualTo("reports 5/5");

    Map<String, List<CorrectionRow>> byLibrary = allRows(reports, run);
    long stored = byLibrary.values().stream().mapToLong(List::size).sum();
    assertThat(stored).isEqualTo(built.rows());

    // 1. Duplicate rows: exactly the non-kept members of the stored clusters, each to its library,
    //    with the kept record and the cause.
    DedupStore dedup = new DedupStore(fx.ds);
    Map<Long, RecordKey> keys = recordKeys(fx);
    Set<String> storedFindings = new HashSet<>();
    dedup.findings(run).forEach(f -> storedFindings.add(f.recordId() + "|" + f.cause().number()));
    Set<String> expectedDuplicates = new TreeSet<>();
    for (Cluster c : dedup.clusters(run)) {
      ClusterMember keep = c.members().get(0);
      for (ClusterMember m : c.members()) {
        boolean reportedAsFinding = m.role() == MemberRole.FINDING
            && storedFindings.contains(m.recordId() + "|" + m.cause().map(Cause::number).orElse(0));
        if (m.role() != MemberRole.KEEP && !reportedAsFinding) {
          expectedDuplicates.add(String.join("|", m.library(), m.localId(),
              m.cause().map(k -> Integer.toString(k.number())).orElse("-"), keep.library(),
              keep.localId(), m.actionEn()));
        }
      }
    }
    Set<String> actualDuplicates = new TreeSet<>();
    byLibrary.values().forEach(rows -> rows.stream().filter(r -> r.rowKey().contains(":D:"))
        .forEach(r -> actualDuplicates.add(String.join("|", r.library(), r.localId(),
            r.cause() == null ? "-" : r.cause().toString(), r.keepLibrary(), r.keepLocalId(),
            r.actionEn()))));
    assertThat(actualDuplicates).isEqualTo(expectedDuplicates).isNotEmpty();

    // ...and they agree with the generator's truth: every duplicate row's record and its kept
    // record are one manifestation, and each truth group of linkable records yields exactly its
    // size minus one rows (every record but the kept one).
    Map<RecordKey, TruthRow> truth = new HashMap<>();
    fx.catalog.truth().rows().forEach(t -> truth.put(t.key(), t));
    Map<String, Integer> rowsPerGroup = new HashMap<>();
    for (List<CorrectionRow> rows : byLibrary.values()) {
      for (CorrectionRow r : rows) {
        if (r.kind() == RowKind.DUPLICATE) {
          TruthRow mine = truth.get(new RecordKey(r.library(), r.localId()));
          TruthRow kept = truth.get(keys.get(r.keepRecordId()));
          assertThat(mine.groupId()).as(r.rowKey()).isEqualTo(kept.groupId());
          rowsPerGroup.merge(mine.groupId(), 1, Integer::sum);
        }
      }
    }
    // A group with a record to report rather than merge (a wrong record, cause 10) is neutral in
    // the truth: linking it is neither right nor wrong, so its rows are not counted here.
    Set<String> neutral = new HashSet<>();
    fx.catalog.truth().groups().forEach((group, members) -> {
      if (members.stream().anyMatch(t -> t.role() == Role.FINDING)) {
        neutral.add(group);
      }
    });
    rowsPerGroup.keySet().removeAll(neutral);
    Map<String, Integer> expectedPerGroup = new HashMap<>();
    fx.catalog.truth().groups().forEach((group, members) -> {
      if (neutral.contains(group)) {
        return;
      }
      long linkable = members.stream().filter(t -> t.role() != Role.FINDING).count();
      if (linkable > 1) {
        expectedPerGroup.put(group, (int) linkable - 1);
      }
    });
    assertThat(rowsPerGroup).isEqualTo(expectedPerGroup);

    // 2. Finding rows: exactly the stored findings, but for those repeating the cause of a
    //    duplicate row of the same record (listed once, as the duplicate), and every finding the
    //    truth expects.
    Set<String> duplicateCauses = new HashSet<>();
    for (Cluster c : dedup.clusters(run)) {
      c.members().stream().filter(m -> m.role() == MemberRole.DUPLICATE && m.cause().isPresent())
          .forEach(m -> duplicateCauses.add(m.recordId() + "|" + m.cause().get().number()));
    }
    Set<String> expectedFindings = new TreeSet<>();
    int repeated = 0;
    for (Finding f : dedup.findings(run)) {
      if (duplicateCauses.contains(f.recordId() + "|" + f.cause().number())) {
        repeated++;
        continue;
      }
      expectedFindings.add(f.library() + "|" + f.localId() + "|" + f.cause().number());
    }
    assertThat(repeated).as("cause-12 findings that repeat a duplicate row").isPositive();
    Set<String> actualFindings = new TreeSet<>();
    byLibrary.values().forEach(rows -> rows.stream().filter(r -> r.rowKey().contains(":F:"))
        .forEach(r -> actualFindings.add(r.library() + "|" + r.localId() + "|" + r.cause())));
    assertThat(actualFindings).isEqualTo(expectedFindings);
    // Every record the truth says must be reported reaches its library: it has a row (a finding,
    // a member to check, a duplicate, or its own problem: a record refused for having no title
    // never reaches the detector, so cause 11 comes from the upload findings), or it is the kept
    // record of a cluster where the same library has a row for its other record (the same book
    // twice in one library). The cause named is the detector's, checked exactly above.
    Map<RecordKey, Long> idOf = new HashMap<>();
    keys.forEach((id, key) -> idOf.put(key, id));
    Set<RecordKey> withRow = new HashSet<>();
    Set<Long> keptForOwnLibrary = new HashSet<>();
    byLibrary.values().forEach(rows -> rows.forEach(r -> {
      withRow.add(new RecordKey(r.library(), r.localId()));
      if (r.keepRecordId() != null && r.library().equals(r.keepLibrary())) {
        keptForOwnLibrary.add(r.keepRecordId());
      }
    }));
    // Wrong records (cause 10) are left out: the detector may link one to the book it was
    // mistaken for (a neutral pair in the truth), and then reports the other record instead.
    for (TruthRow t : fx.catalog.truth().findingRecords()) {
      if (t.cause() == 10) {
        continue;
      }
      assertThat(withRow.contains(t.key()) || keptForOwnLibrary.contains(idOf.get(t.key())))
          .as("truth finding %s reaches its library", t).isTrue();
    }

    // 3. The records' own problems: the relevant upload findings of each active record's last
    //    upload, unless the detector already reports that cause on the record.
    Set<String> detectorCauses = new HashSet<>();
    byLibrary.values().forEach(rows -> rows.stream().filter(r -> r.kind() != RowKind.RECORD)
        .forEach(r -> detectorCauses.add(r.recordId() + "|" + r.cause())));
    Set<String> expectedOwn = new TreeSet<>();
    try (Connection c = fx.ds.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "SELECT r.id, l.code, r.local_id, v.code FROM validation_finding v"
                + " JOIN bib_record r ON r.id = v.record_id AND r.batch_id = v.batch_id"
                + " JOIN member_library l ON l.id = r.library_id"
                + " WHERE r.status IN ('ACTIVE', 'QUARANTINED')");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        var issue = RecordIssues.all().get(
            org.unioncat.ingest.finding.FindingCode.valueOf(rs.getString(4)));
        if (issue != null
            && !detectorCauses.contains(rs.getLong(1) + "|" + issue.cause().number())) {
          expectedOwn.add(rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4));
        }
      }
    }
    Set<String> actualOwn = new TreeSet<>();
    byLibrary.values().forEach(rows -> rows.stream().filter(r -> r.kind() == RowKind.RECORD)
        .forEach(r -> actualOwn.add(r.library() + "|" + r.localId() + "|" + r.code())));
    assertThat(actualOwn).isEqualTo(expectedOwn);

    // Every row has its holdings where the library has some, and only the library's.
    for (List<CorrectionRow> rows : byLibrary.values()) {
      for (CorrectionRow r : rows) {
        assertThat(r.rowKey()).startsWith(r.library() + ":");
        assertThat(r.actionEn()).isNotBlank();
        assertThat(r.actionZh()).isNotBlank();
        assertThat(r.evidenceEn()).doesNotContain("\n");
        assertThat(r.uploadedBy()).isEqualTo("tester-" + r.library());
      }
    }
    assertThat(byLibrary.values().stream().flatMap(List::stream)
        .filter(r -> !r.callNumbers().isEmpty() && !r.barcodes().isEmpty()).count())
        .isPositive();

    // 4. Idempotent: building the same run again gives the same rows.
    List<String> first = contents(byLibrary);
    reports.writeForRun(run, ProgressListener.NONE);
    assertThat(contents(allRows(reports, run))).isEqualTo(first);

    // 5. Marks follow the row key; a second run of the unchanged catalog reports the same rows.
    CorrectionRow disputed = byLibrary.get("LIB01").get(0);
    reports.store().mark(disputed, MarkStatus.DISPUTED, "we hold both, different bindings",
        "lib01-cataloguer", c -> { });
    long run2 = fx.dedupRun();
    reports.writeForRun(run2, ProgressListener.NONE);
    Map<String, List<CorrectionRow>> second = allRows(reports, run2);
    List<String> secondContents = contents(second);
    assertThat(secondContents).hasSameSizeAs(first);
    CorrectionRow carried = second.get("LIB01").stream()
        .filter(r -> r.rowKey().equals(disputed.rowKey())).findFirst().orElseThrow();
    assertThat(carried.mark()).isEqualTo(MarkStatus.DISPUTED);
    assertThat(carried.markNote()).isEqualTo("we hold both, different bindings");
    assertThat(withoutMarks(second)).isEqualTo(withoutMarks(byLibrary));
    assertThat(reports.store().disputed(run2, 100)).extracting(CorrectionRow::rowKey)
        .containsExactly(disputed.rowKey());

    // The center's summary: nothing new, nothing resolved on an unchanged catalog; counts by
    // uploader add up; the disputed row is visible; the month's trend point is the second run.
    CenterSummary center = new CenterSummary(fx.ds);
    CenterSummary.RunSummary sum = center.summary(run2);
    assertThat(sum.previousRunId()).isEqualTo(run);
    assertThat(sum.newRows()).isZero();
    assertThat(sum.resolvedRows()).isZero();
    assertThat(sum.newClusters()).isZero();
    assertThat(sum.total().duplicates() + sum.total().findings() + sum.total().recordProblems())
        .isEqualTo(stored);
    assertThat(sum.total().disputed()).isEqualTo(1);
    assertThat(sum.byUploader().keySet())
        .containsExactly("tester-LIB01", "tester-LIB02", "tester-LIB03", "tester-LIB04",
            "tester-LIB05");
    assertThat(sum.byUploader().values().stream().mapToLong(CenterSummary.Counts::duplicates).sum())
        .isEqualTo(sum.total().duplicates());
    assertThat(sum.disputed()).extracting(CorrectionRow::rowKey).containsExactly(disputed.rowKey());
    List<CenterSummary.MonthPoint> months = center.trends();
    assertThat(months).hasSize(1);
    assertThat(months.get(0).lastRunId()).isEqualTo(run2);
    assertThat(months.get(0).runs()).isEqualTo(2);
    assertThat(months.get(0).newRows()).isEqualTo(stored);
    assertThat(months.get(0).resolvedRows()).isZero();

    // 6. The Excel file: one sheet per cause, frozen header, autofilter, the rows' values.
    MemberLibrary lib01 = new LibraryStore(fx.ds).require(LibraryCode.of("LIB01"));
    ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
    reports.write(reports.header(lib01, run2, null), ReportFormat.XLSX, xlsx);
    List<CorrectionRow> lib01Rows = second.get("LIB01");
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
      List<String> sheets = new ArrayList<>();
      book.forEach(s -> sheets.add(s.getSheetName()));
      Set<String> causeSheets = new TreeSet<>();
      lib01Rows.forEach(r -> causeSheets.add(ReportText.sheetName(r.cause(), ReportLanguage.EN)));
      assertThat(sheets.get(0)).isEqualTo("Overview");
      assertThat(new TreeSet<>(sheets.subList(1, sheets.size()))).isEqualTo(causeSheets);
      int dataRows = 0;
      for (int i = 1; i < book.getNumberOfSheets(); i++) {
        XSSFSheet sheet = book.getSheetAt(i);
        assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
        assertThat(sheet.getCTWorksheet().getAutoFilter().getRef())
            .isEqualTo("A1:P" + (sheet.getLastRowNum() + 1));
        assertThat(sheet.getRow(0).getCell(12).getStringCellValue()).isEqualTo("Action");
        dataRows += sheet.getLastRowNum();
      }
      assertThat(dataRows).isEqualTo(lib01Rows.size());
      CorrectionRow firstRow = lib01Rows.get(0);
      Sheet s1 = book.getSheet(ReportText.sheetName(firstRow.cause(), ReportLanguage.EN));
      assertThat((long) s1.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(firstRow.recordId());
      assertThat(s1.getRow(1).getCell(2).getStringCellValue()).isEqualTo(firstRow.localId());
      assertThat(s1.getRow(1).getCell(12).getStringCellValue()).isEqualTo(firstRow.actionEn());
      assertThat(s1.getRow(1).getCell(14).getStringCellValue())
          .isEqualTo(firstRow.mark().label(ReportLanguage.EN));
    }

    // 7. CSV in the library's language (LIB02 reads Chinese): header plus one line per row.
    MemberLibrary lib02 = new LibraryStore(fx.ds).require(LibraryCode.of("LIB02"));
    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    reports.write(reports.header(lib02, run2, null), ReportFormat.CSV, csv);
    String text = csv.toString(StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF行号,记录号,本馆001,索书号,条码,");
    long lines = text.lines().count();
    assertThat(lines).isEqualTo(second.get("LIB02").size() + 1L);
  }

  private static Map<String, List<CorrectionRow>> allRows(CorrectionReports reports, long run) {
    Map<String, List<CorrectionRow>> out = new java.util.TreeMap<>();
    for (String lib : List.of("LIB01", "LIB02", "LIB03", "LIB04", "LIB05")) {
      List<CorrectionRow> rows = new ArrayList<>();
      reports.store().rows(run, lib, rows::add);
      out.put(lib, rows);
    }
    return out;
  }

  private static List<String> contents(Map<String, List<CorrectionRow>> rows) {
    List<String> out = new ArrayList<>();
    rows.values().forEach(list -> list.forEach(r -> out.add(r.content())));
    return out;
  }

  private static List<String> withoutMarks(Map<String, List<CorrectionRow>> rows) {
    List<String> out = new ArrayList<>();
    rows.values().forEach(list -> list.forEach(r -> out.add(r.rowKey() + "|" + r.actionEn()
        + "|" + r.evidenceEn() + "|" + r.callNumbers() + "|" + r.keepLocalId())));
    return out;
  }

  private static Map<Long, RecordKey> recordKeys(GeneratedCatalogFixture fx) throws SQLException {
    Map<Long, RecordKey> out = new HashMap<>();
    try (Connection c = fx.ds.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "SELECT r.id, l.code, r.local_id FROM bib_record r"
                + " JOIN member_library l ON l.id = r.library_id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.put(rs.getLong(1), new RecordKey(rs.getString(2), rs.getString(3)));
      }
    }
    return out;
  }
}
