package org.unioncat.batch.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.unioncat.config.LibraryCode;
import org.unioncat.dedup.run.ProgressListener;
import org.unioncat.ingest.store.LibraryStore;
import org.unioncat.ingest.store.MemberLibrary;
import org.unioncat.ingest.store.TestDatabases;

/**
 * The HTML report and the trends page rendered in a real headless Chromium (Debian's chromium
 * and chromium-driver, as .ci/run installs them), asserting on the rendered DOM: sections per
 * cause, one table row per report row, the disputed mark, the Chinese headings, and the SVG
 * chart's plotted series. Screenshots go to target/screenshots (copied to docs/screenshots).
 */
class HtmlReportsBrowserIT {
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  @Test
  void htmlReportAndTrendsRenderInARealBrowser() throws Exception {
    assumeTrue(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM),
        "needs Debian's chromium and chromium-driver (apt-get install -y chromium chromium-driver)");
    GeneratedCatalogFixture fx = new GeneratedCatalogFixture(TestDatabases.fresh("h2"), 7, 200);
    CorrectionReports reports = new CorrectionReports(fx.ds);
    // Three runs, dated in three months, so that the trends have a line to draw.
    List<Long> runs = new ArrayList<>();
    for (String month : List.of("2026-09-28T02:00:00Z", "2026-10-28T02:00:00Z",
        "2026-11-28T02:00:00Z")) {
      long run = fx.dedupRun();
      try (Connection c = fx.ds.getConnection();
          PreparedStatement ps = c.prepareStatement("UPDATE dedup_run SET finished_at = ? WHERE id = ?")) {
        ps.setTimestamp(1, Timestamp.from(Instant.parse(month)));
        ps.setLong(2, run);
        ps.executeUpdate();
      }
      reports.writeForRun(run, ProgressListener.NONE);
      runs.add(run);
    }
    long last = runs.get(2);
    List<CorrectionRow> rows = new ArrayList<>();
    reports.store().rows(last, "LIB02", rows::add);
    CorrectionRow disputed = rows.get(rows.size() - 1);
    reports.store().mark(disputed, MarkStatus.DISPUTED, "不同装帧，应分别保留", "lib02", c -> { });

    // The month's summary: October's state is its only run's; new rows over October are none.
    CenterSummary.RunSummary october =
        new CenterSummary(fx.ds).monthSummary(java.time.YearMonth.of(2026, 10)).orElseThrow();
    assertThat(october.runId()).isEqualTo(runs.get(1));
    assertThat(october.previousRunId()).isEqualTo(runs.get(0));
    assertThat(october.newRows()).isZero();
    assertThat(october.resolvedRows()).isZero();
    assertThat(new CenterSummary(fx.ds).monthSummary(java.time.YearMonth.of(2026, 8))).isEmpty();

    Path dir = Path.of("target", "screenshots");
    Files.createDirectories(dir);
    MemberLibrary lib02 = new LibraryStore(fx.ds).require(LibraryCode.of("LIB02"));
    Path report = dir.resolve("report-LIB02.html");
    try (OutputStream out = Files.newOutputStream(report)) {
      reports.write(reports.header(lib02, last, null), ReportFormat.HTML, out);
    }
    Path trends = dir.resolve("trends.html");
    try (OutputStream out = Files.newOutputStream(trends)) {
      SummaryWriter.trendsHtml(new CenterSummary(fx.ds).trends(), ReportLanguage.EN, out);
    }

    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--window-size=1400,1000");
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    ChromeDriver browser = new ChromeDriver(service, options);
    try {
      browser.get(report.toAbsolutePath().toUri().toString());
      // LIB02 reads its reports in Chinese (its setting; no lang given).
      assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
      assertThat(browser.findElement(By.id("title")).getText())
          .isEqualTo("纠错报告：Library LIB02（LIB02），查重批次 " + last);
      List<WebElement> trs = browser.findElements(By.cssSelector("tr[data-row-key]"));
      assertThat(trs).hasSize(rows.size());
      assertThat(trs.stream().map(t -> t.getAttribute("data-row-key")).toList())
          .isEqualTo(rows.stream().map(CorrectionRow::rowKey).toList());
      List<String> sections = browser.findElements(By.tagName("section")).stream()
          .map(s -> s.getAttribute("id")).toList();
      assertThat(sections).isEqualTo(rows.stream()
          .map(r -> "cause-" + (r.cause() == null ? "none" : r.cause().toString()))
          .distinct().collect(Collectors.toList()));
      WebElement marked = browser.findElement(
          By.cssSelector("tr[data-row-key='" + disputed.rowKey() + "']"));
      assertThat(marked.getAttribute("class")).isEqualTo("disputed");
      assertThat(marked.findElement(By.cssSelector("td.mark")).getText()).isEqualTo("有异议");
      assertThat(marked.findElement(By.cssSelector("td.mark_note")).getText())
          .isEqualTo("不同装帧，应分别保留");
      assertThat(marked.findElement(By.cssSelector("td.action")).getText())
          .isEqualTo(disputed.actionZh());
      assertThat(browser.findElement(By.cssSelector("section th")).getText()).isEqualTo("行号");
      assertThat(marked.isDisplayed()).isTrue();
      assertThat(browser.findElement(By.id("count")).getText()).isEqualTo("共 " + rows.size() + " 行");
      Files.write(dir.resolve("correction-report-LIB02-zh.png"),
          browser.getScreenshotAs(OutputType.BYTES));

      browser.get(trends.toAbsolutePath().toUri().toString());
      WebElement chart = browser.findElement(By.id("trend-chart"));
      assertThat(chart.getSize().getWidth()).isEqualTo(720);
      List<WebElement> lines = chart.findElements(By.cssSelector("polyline.series"));
      assertThat(lines).extracting(l -> l.getAttribute("data-series"))
          .containsExactly("clusters", "duplicates", "findings", "new rows", "resolved rows");
      for (WebElement line : lines) {
        assertThat(line.getAttribute("points").split(" ")).hasSize(3);
      }
      assertThat(chart.findElements(By.tagName("circle"))).hasSize(15);
      List<WebElement> months = browser.findElements(By.cssSelector("#trend-table tbody tr"));
      assertThat(months).extracting(m -> m.findElement(By.tagName("td")).getText())
          .containsExactly("2026-09", "2026-10", "2026-11");
      Files.write(dir.resolve("center-trends.png"), browser.getScreenshotAs(OutputType.BYTES));
    } finally {
      browser.quit();
    }
  }
}
