package org.unioncat.batch.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The four report formats on a few rows, without a database. */
class ReportWritersTest {
  private static final ReportHeader EN =
      new ReportHeader("LIB01", "Library One", 7, null, ReportLanguage.EN);

  private static final List<CorrectionRow> ROWS = List.of(
      new CorrectionRow(11, 7, "LIB01", "LIB01:D:5:1:3", RowKind.DUPLICATE, 5, "b001",
          "PR123 .A1; PR123 .A1 c.2", "3100; 3101", 3L, 3L, "LIB02", "x9", 1, "DUPLICATE",
          "vendor", "merge holdings into record 3 (library LIB02, 001 x9) and delete this record",
          "将馆藏合并到记录 3，然后删除本记录", "same ISBN-13 9780306406157, \"Title\"",
          "折算后 ISBN-13 相同", MarkStatus.DISPUTED, "we keep both"),
      new CorrectionRow(12, 7, "LIB01", "LIB01:R:6:ISBN_CHECKSUM:0:020$a:123", RowKind.RECORD, 6,
          "b002", "", "", null, null, null, null, 1, "ISBN_CHECKSUM", "vendor",
          "Check the ISBN", "核对 ISBN", "020$a: <script>alert(1)</script>", "020$a：校验位错误",
          MarkStatus.OPEN, null),
      new CorrectionRow(13, 7, "LIB01", "LIB01:F:8:11:0", RowKind.FINDING, 8, "b003", "", "",
          null, null, null, null, 11, "FINDING", null, "Add the title", "补充题名", "no title",
          "无题名", MarkStatus.OPEN, null));

  private static byte[] write(ReportFormat format, ReportHeader header, List<CorrectionRow> rows)
      throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportWriter w = format.writer(out);
    w.begin(header);
    for (CorrectionRow r : rows) {
      w.row(r);
    }
    w.end();
    return out.toByteArray();
  }

  @Test
  void csvHasTheHeadingsAndOneQuotedLinePerRow() throws Exception {
    String csv = new String(write(ReportFormat.CSV, EN, ROWS), StandardCharsets.UTF_8);
    assertThat(csv.lines().toList()).containsExactly(
        "\uFEFFRow,Record id,Local 001,Call numbers,Barcodes,Cluster,Keep / related: library,"
            + "Keep / related: 001,Keep / related: record id,Cause,Cause name,Kind,Action,Evidence,"
            + "Mark,Mark note",
        "11,5,b001,PR123 .A1; PR123 .A1 c.2,3100; 3101,3,LIB02,x9,3,1,"
            + "\"ISBN-10 in one record, ISBN-13 in the other\",duplicate,"
            + "\"merge holdings into record 3 (library LIB02, 001 x9) and delete this record\","
            + "\"same ISBN-13 9780306406157, \"\"Title\"\"\",disputed,we keep both",
        "12,6,b002,,,,,,,1,\"ISBN-10 in one record, ISBN-13 in the other\",record problem,"
            + "Check the ISBN,020$a: <script>alert(1)</script>,open,",
        "13,8,b003,,,,,,,11,record without a title,finding,Add the title,no title,open,");
  }

  @Test
  void excelHasOneSheetPerCauseWithFrozenFilteredHeaders() throws Exception {
    byte[] xlsx = write(ReportFormat.XLSX,
        new ReportHeader("LIB01", "Library One", 7, null, ReportLanguage.ZH), ROWS);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      assertThat(book.getNumberOfSheets()).isEqualTo(3);
      assertThat(book.getSheetName(0)).isEqualTo("概览");
      assertThat(book.getSheetName(1)).isEqualTo("原因 1");
      assertThat(book.getSheetName(2)).isEqualTo("原因 11");
      XSSFSheet one = book.getSheetAt(1);
      assertThat(one.getPaneInformation().isFreezePane()).isTrue();
      assertThat(one.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:P3");
      assertThat(one.getRow(0).getCell(12).getStringCellValue()).isEqualTo("处理办法");
      assertThat(one.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(11.0);
      assertThat(one.getRow(1).getCell(12).getStringCellValue()).isEqualTo("将馆藏合并到记录 3，然后删除本记录");
      assertThat(one.getRow(1).getCell(14).getStringCellValue()).isEqualTo("有异议");
      assertThat(one.getRow(2).getCell(5).getStringCellValue()).isEmpty();
      XSSFSheet overview = book.getSheetAt(0);
      assertThat(overview.getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("纠错报告：Library One（LIB01），查重批次 7");
      assertThat(overview.getRow(4).getCell(0).getStringCellValue())
          .isEqualTo("1 — 一条记录著录 ISBN-10，另一条著录 ISBN-13");
      assertThat(overview.getRow(4).getCell(1).getNumericCellValue()).isEqualTo(2.0);
    }
  }

  @Test
  void emptyExcelReportIsJustTheOverview() throws Exception {
    try (XSSFWorkbook book = new XSSFWorkbook(
        new ByteArrayInputStream(write(ReportFormat.XLSX, EN, List.of())))) {
      assertThat(book.getNumberOfSheets()).isEqualTo(1);
      assertThat(book.getSheetAt(0).getRow(3).getCell(0).getStringCellValue())
          .isEqualTo("Nothing for your library to fix in this run.");
    }
  }

  @Test
  void htmlEscapesRecordDataAndGroupsByCause() throws Exception {
    String html = new String(write(ReportFormat.HTML, EN, ROWS), StandardCharsets.UTF_8);
    assertThat(html).doesNotContain("<script>")
        .contains("020$a: &lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("<section id=\"cause-1\">").contains("<section id=\"cause-11\">")
        .contains("<tr class=\"disputed\" data-row-key=\"LIB01:D:5:1:3\">")
        .contains("<p class=\"muted\" id=\"count\">3 rows</p>");
  }

  @Test
  void jsonCarriesBothLanguagesAndTheRowKey() throws Exception {
    JsonNode json = JsonMapper.builder().build().readTree(write(ReportFormat.JSON, EN, ROWS));
    assertThat(json.get("run_id").asLong()).isEqualTo(7);
    assertThat(json.get("rows").size()).isEqualTo(3);
    JsonNode first = json.get("rows").get(0);
    assertThat(first.get("row_key").asString()).isEqualTo("LIB01:D:5:1:3");
    assertThat(first.get("action_zh").asString()).isEqualTo("将馆藏合并到记录 3，然后删除本记录");
    assertThat(first.get("mark").asString()).isEqualTo("DISPUTED");
    assertThat(json.get("rows").get(1).get("cluster_id").isNull()).isTrue();
  }

  @Test
  void parametersAreParsedWithTheChoicesInTheMessage() {
    assertThat(ReportFormat.parse("XLSX")).isEqualTo(ReportFormat.XLSX);
    assertThat(ReportLanguage.parse("zh-CN")).isEqualTo(ReportLanguage.ZH);
    assertThat(MarkStatus.parse("disputed")).isEqualTo(MarkStatus.DISPUTED);
    assertThatThrownBy(() -> ReportFormat.parse("pdf"))
        .hasMessage("format must be csv, xlsx, html or json, was \"pdf\"");
    assertThatThrownBy(() -> MarkStatus.parse("done"))
        .hasMessage("status must be FIXED, DISPUTED or OPEN, was \"done\"");
  }
}
