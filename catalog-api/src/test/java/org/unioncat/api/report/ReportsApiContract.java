package org.unioncat.api.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.unioncat.api.support.Http;
import org.unioncat.batch.report.RunRows;
import org.unioncat.config.LibraryCode;
import org.unioncat.config.LibrarySettings;
import org.unioncat.dedup.eval.BuiltInSeeds;
import org.unioncat.dedup.eval.CatalogGenerator;
import org.unioncat.dedup.eval.GeneratedCatalog;
import org.unioncat.dedup.eval.GeneratorConfig;
import org.unioncat.dedup.run.ProgressListener;
import org.unioncat.dedup.store.CatalogDeduplication;
import org.unioncat.ingest.load.BatchLoader;
import org.unioncat.ingest.load.ContentHash;
import org.unioncat.ingest.load.LoadProgress;
import org.unioncat.ingest.read.ReadOptions;
import org.unioncat.ingest.store.BatchStore;
import org.unioncat.ingest.store.LibraryStore;
import org.unioncat.ingest.store.MemberLibrary;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The report API end to end over HTTP on a generated catalog (built-in seeds, five libraries,
 * LIB02 reading Chinese) after a run made by the old {@code dedup} path: the reports are built on
 * first request; every format; the library's language and the {@code lang} override; marks
 * (audited, kept on the row key, checked against the library); the center's summary and trends.
 * Subclasses choose the database (H2 and MariaDB).
 */
abstract class ReportsApiContract {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;
  @Autowired DataSource dataSource;
  @Autowired LibraryStore libraries;
  @Autowired BatchLoader loader;
  @Autowired CatalogDeduplication deduplication;

  @Test
  void reportsSummaryTrendsAndMarksOverHttp() throws Exception {
    GeneratedCatalog catalog =
        CatalogGenerator.generate(BuiltInSeeds.all(), GeneratorConfig.defaults(3, 30));
    for (String code : catalog.recordsByLibrary().keySet()) {
      Locale lang = code.equals("LIB02") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
      MemberLibrary library = libraries.add(new LibrarySettings(
          LibraryCode.of(code), "Library " + code, lang, List.of(), Set.of()));
      byte[] file = catalog.iso2709(code);
      var batch = new BatchStore(dataSource)
          .create(library, "vendor-x", code + ".mrc", file.length, ContentHash.of(file));
      loader.load(batch.id(), library, () -> new ByteArrayInputStream(file), ReadOptions.detect(),
          LoadProgress.NONE);
    }
    long run = deduplication.run(ProgressListener.NONE).runId();
    Http http = new Http(port);

    // Built on first request; JSON in the library's language (LIB01: English).
    HttpResponse<String> json = http.get("/api/libraries/LIB01/reports/latest?format=json");
    assertThat(json.statusCode()).isEqualTo(200);
    JsonNode report = JSON.readTree(json.body());
    assertThat(report.get("run_id").asLong()).isEqualTo(run);
    assertThat(report.get("language").asString()).isEqualTo("en");
    long lib01Rows = count("SELECT COUNT(*) FROM " + RunRows.from("r") + " WHERE "
        + RunRows.run("r") + " = " + run + " AND rs.library_code = 'LIB01'");
    assertThat(report.get("rows").size()).isEqualTo((int) lib01Rows).isPositive();
    assertThat(count("SELECT COUNT(*) FROM correction_build WHERE run_id = " + run
        + " AND status = 'DONE'")).isEqualTo(1);

    // LIB02 reads Chinese unless lang says otherwise.
    assertThat(JSON.readTree(http.get("/api/libraries/LIB02/reports/latest").body())
        .get("language").asString()).isEqualTo("zh-CN");
    HttpResponse<String> csv = http.get("/api/libraries/LIB02/reports/latest?format=csv&lang=en");
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(csv.body()).startsWith("\uFEFFRow,Record id,Local 001,Call numbers,Barcodes,");
    HttpResponse<String> html = http.get("/api/libraries/LIB02/reports/latest?format=html");
    assertThat(html.body()).startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">");

    HttpResponse<byte[]> xlsx = http.getBytes("/api/libraries/LIB01/reports/latest?format=xlsx&run=" + run);
    assertThat(xlsx.statusCode()).isEqualTo(200);
    assertThat(xlsx.headers().firstValue("Content-Disposition").orElse(""))
        .contains("corrections-LIB01-run" + run + ".xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      int rows = 0;
      for (int i = 1; i < book.getNumberOfSheets(); i++) {
        rows += book.getSheetAt(i).getLastRowNum();
      }
      assertThat(rows).isEqualTo((int) lib01Rows);
    }

    HttpResponse<String> bad = http.get("/api/libraries/LIB01/reports/latest?format=pdf",
        "Accept-Language", "zh-CN");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("\"code\":\"INVALID_REQUEST\"").contains("应为 csv、xlsx、html 或 json");
    assertThat(http.get("/api/libraries/LIB01/reports/latest?run=999999").statusCode()).isEqualTo(404);

    // Marks: a disputed row keeps its mark and is audited; another library cannot mark it.
    JsonNode row = report.get("rows").get(0);
    long rowId = row.get("row_id").asLong();
    HttpResponse<String> marked = http.postJson("/api/libraries/LIB01/reports/rows/" + rowId + "/mark",
        "{\"status\":\"DISPUTED\",\"note\":\"both are needed\"}");
    assertThat(marked.statusCode()).isEqualTo(200);
    assertThat(marked.body()).contains("\"status\":\"DISPUTED\"").contains("both are needed");
    assertThat(count("SELECT COUNT(*) FROM audit_log WHERE action = 'REPORT_ROW_MARKED'"
        + " AND actor = 'admin' AND library_code = 'LIB01'")).isEqualTo(1);
    assertThat(http.postJson("/api/libraries/LIB02/reports/rows/" + rowId + "/mark",
        "{\"status\":\"FIXED\"}").statusCode()).isEqualTo(404);
    assertThat(http.postJson("/api/libraries/LIB01/reports/rows/" + rowId + "/mark",
        "{\"status\":\"DONE\"}").statusCode()).isEqualTo(400);
    JsonNode again = JSON.readTree(http.get("/api/libraries/LIB01/reports/latest").body());
    assertThat(again.get("rows").get(0).get("mark").asString()).isEqualTo("DISPUTED");

    // The center: the disputed row, counts by uploader (the vendor), CSV and HTML.
    JsonNode summary = JSON.readTree(http.get("/api/center/summary?run=latest&format=json").body());
    assertThat(summary.get("run_id").asLong()).isEqualTo(run);
    assertThat(summary.get("disputed").get(0).get("row_key").asString())
        .isEqualTo(row.get("row_key").asString());
    assertThat(summary.get("by_uploader").get("vendor-x").get("duplicates").asLong())
        .isEqualTo(summary.get("total").get("duplicates").asLong());
    assertThat(http.get("/api/center/summary?run=" + run + "&format=csv").body())
        .startsWith("run_id,section,key,measure,value\r\n" + run + ",total,all,clusters,");
    assertThat(http.get("/api/center/summary?format=html&lang=zh").body())
        .contains("联合目录查重汇总：批次 " + run);
    assertThat(http.get("/api/center/summary?run=abc").statusCode()).isEqualTo(400);
    String thisMonth = java.time.YearMonth.now(java.time.ZoneOffset.UTC).toString();
    JsonNode month = JSON.readTree(http.get("/api/center/summary?month=" + thisMonth).body());
    assertThat(month.get("month").asString()).isEqualTo(thisMonth);
    assertThat(month.get("run_id").asLong()).isEqualTo(run);
    assertThat(month.get("by_library").get("LIB01").get("disputed").asLong()).isEqualTo(1);
    assertThat(http.get("/api/center/summary?month=1999-01").statusCode()).isEqualTo(404);
    assertThat(http.get("/api/center/summary?month=May").statusCode()).isEqualTo(400);
    HttpResponse<String> trends = http.get("/api/center/trends?format=csv");
    assertThat(trends.body().lines().toList()).hasSize(2);
    assertThat(trends.body()).startsWith("month,last_run,runs,clusters,");
    assertThat(http.get("/api/center/trends").body()).contains("<svg id=\"trend-chart\"");
  }

  private long count(String sql) throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
