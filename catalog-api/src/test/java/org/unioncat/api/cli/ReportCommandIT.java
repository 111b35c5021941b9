package org.unioncat.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code unioncat report} on H2 and MariaDB: library LIBA loaded the two Chabon books that LIBB
 * (the Library of Congress's copies) also has; after {@code dedup}, LIBA's report lists exactly
 * its two records to merge onto LIBB's, and LIBB's report is empty.
 */
class ReportCommandIT {
  @AfterEach
  void forgetTheCatalog() {
    CliCatalogs.forget();
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "mariadb"})
  void reportListsExactlyTheLibrarysRecordsToMerge(String database) throws Exception {
    String db = CliCatalogs.empty(database, "report-cli");
    CliRun.run("ingest", "--db", db, "--library", "LIBA", "--register", "--no-progress",
        CliRun.fixture("marc4j/chabon.mrc").toString());
    CliRun.run("ingest", "--db", db, "--library", "LIBB", "--register", "--no-progress",
        CliRun.fixture("marc4j/chabon-loc.mrc").toString());
    CliRun.run("dedup", "--db", db, "--no-progress");

    CliRun csv = CliRun.run("report", "--db", db, "--library", "LIBA", "--format", "csv");
    assertThat(csv.exitCode).as(csv.err).isEqualTo(ExitCodes.OK);
    // The fixture records have no holdings, so call numbers and barcodes are empty.
    assertThat(csv.out).isEqualTo(
        "\uFEFFRow,Record id,Local 001,Call numbers,Barcodes,Cluster,Keep / related: library,"
        + "Keep / related: 001,Keep / related: record id,Cause,Cause name,Kind,Action,Evidence,Mark,"
        + "Mark note\r\n"
        + "1,1,11939876,,,1,LIBB,11939876,3,12,\"duplicate made with no duplicate check (identical"
        + " record, or same library twice)\",duplicate,\"merge holdings into record 3 (library LIBB,"
        + " 001 11939876) and delete this record\",\"same ISBN-13 after folding 9780679450047; title"
        + " identical; author agrees: Chabon, Michael; year 2000 in both; pages 639 in both;"
        + " publisher agrees: Random House\",open,\r\n"
        + "2,2,12883376,,,2,LIBB,12883376,4,12,\"duplicate made with no duplicate check (identical"
        + " record, or same library twice)\",duplicate,\"merge holdings into record 4 (library LIBB,"
        + " 001 12883376) and delete this record\",\"same ISBN-13 after folding 9780786808779; title"
        + " identical, a short common title; author agrees: Chabon, Michael; edition 1 vs 1; year"
        + " 2002 in both; pages 500 in both; publisher agrees: Miramax Books/Hyperion Books for"
        + " Children\",open,\r\n");

    Path xlsx = Path.of(System.getProperty("unioncat.home"), "LIBA.xlsx");
    CliRun excel = CliRun.run("report", "--db", db, "--library", "liba", "--format", "xlsx",
        "--out", xlsx.toString(), "--lang", "zh");
    assertThat(excel.exitCode).as(excel.err).isEqualTo(ExitCodes.OK);
    try (XSSFWorkbook book = new XSSFWorkbook(new FileInputStream(xlsx.toFile()))) {
      assertThat(book.getSheetName(0)).isEqualTo("概览");
      assertThat(book.getSheetName(1)).isEqualTo("原因 12");
      assertThat(book.getSheetAt(1).getLastRowNum()).isEqualTo(2);
    }

    CliRun empty = CliRun.run("report", "--db", db, "--library", "LIBB", "--format", "html");
    assertThat(empty.out).contains("<p id=\"empty\">Nothing for your library to fix in this run.</p>");

    CliRun summary = CliRun.run("report", "--db", db, "--summary", "--format", "csv");
    assertThat(summary.out).contains("1,total,all,duplicates,2\r\n")
        .contains("1,library,LIBA,duplicates,2\r\n");
  }

  @Test
  void usageErrorsAreOneLine() throws Exception {
    CliCatalogs.empty("h2", "report-cli");
    CliRun none = CliRun.run("report", "--format", "csv");
    assertThat(none.exitCode).isEqualTo(ExitCodes.USAGE_OR_UNREADABLE);
    assertThat(none.err).isEqualTo(
        "unioncat report: give exactly one of --library CODE, --summary, --trends.\n");
    CliRun format = CliRun.run("report", "--library", "LIBA", "--format", "pdf");
    assertThat(format.err).isEqualTo(
        "unioncat report: format must be csv, xlsx, html or json, was \"pdf\"\n");
    CliRun noRun = CliRun.run("report", "--library", "LIBA");
    assertThat(noRun.exitCode).isEqualTo(ExitCodes.USAGE_OR_UNREADABLE);
  }
}
