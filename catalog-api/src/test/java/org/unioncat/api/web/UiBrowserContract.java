package org.unioncat.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.unioncat.api.support.Browser;
import org.unioncat.api.support.Http;
import org.unioncat.batch.jobs.DedupJobService;
import org.unioncat.batch.jobs.JobView;
import org.unioncat.dedup.cluster.Cluster;
import org.unioncat.dedup.cluster.ClusterMember;
import org.unioncat.dedup.cluster.MemberRole;
import org.unioncat.dedup.eval.BuiltInSeeds;
import org.unioncat.dedup.eval.CatalogGenerator;
import org.unioncat.dedup.eval.GeneratedCatalog;
import org.unioncat.dedup.eval.GeneratorConfig;
import org.unioncat.dedup.store.DedupStore;
import org.unioncat.ingest.index.CatalogIndex;
import org.unioncat.ingest.store.CatalogQueries;
import org.unioncat.ingest.store.StoredHolding;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The web pages driven in headless Chromium against the running service: a catalog generated
 * with known duplicates (two libraries, holdings on every record), one detection run, then what
 * a reviewer and a vendor do. Subclasses choose the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class UiBrowserContract {
  static final JsonMapper JSON = JsonMapper.builder().build();
  static final Path FIXTURES = Path.of("..", "ingest", "src", "test", "resources", "marc");

  @LocalServerPort int port;
  @Autowired DedupJobService jobs;
  @Autowired DedupStore dedupStore;
  @Autowired CatalogQueries catalog;
  @Autowired CatalogIndex index;

  /** Where the screenshots go; null: none taken (only one subclass takes them). */
  Path screenshots() {
    return null;
  }

  @BeforeAll
  void loadCatalogAndDetect() throws Exception {
    Browser.assumeInstalled();
    Http http = new Http(port);
    // the database starts empty; so must the index a previous run left in the home folder
    index.deleteAll();
    index.commit();
    // Causes that end in merges (1 ISBN forms, 2 binding, 6 reprint, 12 no duplicate check).
    double[] shares = new double[GeneratorConfig.CAUSES];
    shares[0] = 0.25;
    shares[1] = 0.25;
    shares[5] = 0.25;
    shares[11] = 0.25;
    GeneratedCatalog generated =
        CatalogGenerator.generate(BuiltInSeeds.all(), new GeneratorConfig(11, 2, 12, shares, 0.0));
    for (String library : generated.recordsByLibrary().keySet()) {
      register(http, library);
      upload(http, library, library + ".mrc", generated.iso2709(library));
    }
    register(http, "CHKA");
    upload(http, "CHKA", "chabon.mrc", Files.readAllBytes(FIXTURES.resolve("marc4j/chabon.mrc")));
    JobView first = jobs.await(jobs.start("full", "api").id(), Duration.ofMillis(200), v -> {});
    assertThat(first.status()).isEqualTo("COMPLETED");
  }

  static void register(Http http, String code) {
    int status =
        http.postJson("/api/libraries", "{\"code\":\"" + code + "\",\"name\":\"Library " + code + "\"}")
            .statusCode();
    assertThat(status).isIn(201, 409);
  }

  static void upload(Http http, String library, String name, byte[] content) throws Exception {
    HttpResponse<String> accepted = http.postFile("/api/batches", name, content, "library", library);
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
    String location = accepted.headers().firstValue("Location").orElseThrow();
    for (int i = 0; i < 600; i++) {
      JsonNode batch = JSON.readTree(http.get(location).body());
      if (batch.get("progress").get("finished").asBoolean()) {
        assertThat(batch.get("status").asString()).isEqualTo("DONE");
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the upload of " + name + " did not finish in 60 s");
  }

  /** The latest run's two-record clusters whose duplicate has holdings, by cluster id. */
  List<Cluster> pairsWithHoldings() {
    long run = dedupStore.latestRun().orElseThrow().id();
    List<Cluster> out = new ArrayList<>();
    for (Cluster c : dedupStore.clusters(run)) {
      if (c.size() == 2
          && c.members().get(1).role() == MemberRole.DUPLICATE
          && !catalog.holdings(c.members().get(1).recordId()).isEmpty()
          && !catalog.holdings(c.members().get(0).recordId()).isEmpty()) {
        out.add(c);
      }
    }
    return out;
  }

  void shoot(Browser b, String name) throws Exception {
    if (screenshots() != null) {
      b.screenshot(screenshots().resolve(name + ".png"));
    }
  }

  @Test
  @Order(1)
  void searchFindsARecordAndShowsItLabelledAndAsMarc() throws Exception {
    try (Browser b = Browser.open(port)) {
      b.go("/ui");
      assertThat(b.find("html").getAttribute("lang")).isEqualTo("en");
      b.go("/ui/search?q=library:CHKA");
      assertThat(b.text("#search-total")).isEqualTo("2 records found");
      shoot(b, "search");
      WebElement first = b.find("tr.hit a");
      String title = first.getText();
      b.clickAndWait("tr.hit a");
      assertThat(b.path()).startsWith("/ui/records/");
      assertThat(title).startsWith(b.find("h1").getText());
      assertThat(b.text("table.labelled")).contains("Title").contains("ISBN").contains("Publisher");
      assertThat(b.text("table.marc")).contains("245").contains("Title statement").contains("$a");
      shoot(b, "record");

      // Chinese, remembered in a cookie from then on
      b.go(b.path() + "?lang=zh");
      assertThat(b.find("html").getAttribute("lang")).isEqualTo("zh-CN");
      assertThat(b.text("#h-labelled")).isEqualTo("著录信息");
      assertThat(b.text("table.labelled")).contains("题名");
      b.go("/ui/search?q=library:CHKA");
      assertThat(b.text("#search-total")).isEqualTo("共找到 2 条书目记录");
      b.go("/ui/search?lang=en");
    }
  }

  @Test
  @Order(2)
  void vendorChecksAFileAndSeesItsDuplicates() throws Exception {
    try (Browser b = Browser.open(port)) {
      b.go("/ui/check");
      shoot(b, "check");
      b.find("#file").sendKeys(FIXTURES.resolve("marc4j/chabon-loc.mrc").toAbsolutePath().normalize().toString());
      b.clickAndWait("#check-button");
      assertThat(b.path()).matches("/ui/check/[0-9a-f]{32}");
      assertThat(b.text("#check-summary"))
          .contains("2 records read")
          .contains("2 records would duplicate catalog records");
      List<WebElement> records = b.all("section.checked");
      assertThat(records).hasSize(2);
      for (WebElement r : records) {
        String text = r.getText();
        assertThat(text).contains("CHKA");
        assertThat(r.findElements(org.openqa.selenium.By.cssSelector("tr.duplicate"))).isNotEmpty();
      }
      assertThat(records.get(0).getText()).contains("001 11939876").contains("CHKA · 11939876");
      shoot(b, "check-report");
      String csvHref = b.find("#download").getAttribute("href");
      assertThat(csvHref).endsWith("/report.csv");
      String csv = b.fetch(csvHref.substring(csvHref.indexOf("/ui/")));
      assertThat(csv).contains("record_no,local_id").contains(",duplicate,duplicate,");
    }
  }

  @Test
  @Order(3)
  void reviewerMergesAClusterSeesTheHoldingsMoveAndUndoesIt() throws Exception {
    Cluster cluster = pairsWithHoldings().get(0);
    long kept = cluster.keepId();
    long duplicate = cluster.members().get(1).recordId();
    StoredHolding moving = firstHolding(catalog, duplicate).orElseThrow();
    String mark = moving.barcode() != null ? moving.barcode() : moving.callNumber();
    String keptCell = "td[data-holdings-of='" + kept + "']";
    String duplicateCell = "td[data-holdings-of='" + duplicate + "']";
    try (Browser b = Browser.open(port)) {
      b.go("/ui/center/clusters/" + cluster.id());
      assertThat(b.text("#cluster-status")).isEqualTo("to review");
      assertThat(b.text(duplicateCell)).contains(mark);
      assertThat(b.text(keptCell)).doesNotContain(mark);
      assertThat(b.find("#keep-" + kept).isSelected()).isTrue();
      assertThat(b.all("#compare tbody th").stream().map(WebElement::getText).toList())
          .contains("Title", "Statement of responsibility", "Edition", "Publisher", "Date", "ISBN",
              "Series", "Extent", "Carrier", "Language", "Holdings", "Why");
      shoot(b, "cluster");

      b.clickAndWait("#merge");
      assertThat(b.text(".flash.ok")).startsWith("The records were merged");
      assertThat(b.text("#cluster-status")).isEqualTo("merged");
      assertThat(b.text(keptCell)).contains(mark);
      assertThat(b.text(duplicateCell)).doesNotContain(mark).contains("no holdings");
      assertThat(b.find("th[data-record='" + duplicate + "']").getText()).contains("merged");
      assertThat(catalog.record(duplicate).orElseThrow().mergedInto()).isEqualTo(kept);
      assertThat(b.find("#merge").isEnabled()).isFalse();
      shoot(b, "cluster-merged");

      b.clickAndWait("#undo");
      assertThat(b.text(".flash.ok")).startsWith("The merge was undone");
      assertThat(b.text("#cluster-status")).isEqualTo("to review");
      assertThat(b.text(duplicateCell)).contains(mark);
      assertThat(b.text(keptCell)).doesNotContain(mark);
      assertThat(catalog.record(duplicate).orElseThrow().mergedInto()).isNull();
      assertThat(b.all("#undo")).isEmpty();
    }
  }

  @Test
  @Order(4)
  void reviewerRejectsAClusterAndItStaysRejectedAfterTheNextRun() throws Exception {
    List<Cluster> pairs = pairsWithHoldings();
    assertThat(pairs).hasSizeGreaterThanOrEqualTo(2);
    Cluster rejected = pairs.get(pairs.size() - 1);
    long a = rejected.members().get(0).recordId();
    long d = rejected.members().get(1).recordId();
    try (Browser b = Browser.open(port)) {
      b.go("/ui/center/clusters?sort=ID");
      assertThat(b.all("#queue tr[data-cluster='" + rejected.id() + "']")).hasSize(1);
      shoot(b, "queue");
      b.go("/ui/center/clusters/" + rejected.id());
      assertThat(b.text("#cluster-status")).isEqualTo("to review");
      b.clickAndWait("#reject");
      assertThat(b.text(".flash.ok")).contains("not duplicates");
      assertThat(b.text("#cluster-status")).isEqualTo("not duplicates");
      assertThat(b.find("#merge").isEnabled()).isFalse();

      // the nightly job runs again (started as the schedule would start it)
      JobView night = jobs.await(
          jobs.start("incremental", "schedule").id(), Duration.ofMillis(200), v -> {});
      assertThat(night.status()).isEqualTo("COMPLETED");
      long run = dedupStore.latestRun().orElseThrow().id();
      for (Cluster c : dedupStore.clusters(run)) {
        List<Long> ids = c.members().stream().map(ClusterMember::recordId).toList();
        assertThat(ids.contains(a) && ids.contains(d)).as("cluster %s", c).isFalse();
      }
      b.go("/ui/center/clusters?status=ALL&sort=ID");
      assertThat(b.all("#queue tr[data-cluster='" + rejected.id() + "']")).isEmpty();
      b.go("/ui/center/clusters/" + rejected.id());
      assertThat(b.text("main")).contains("not in the latest duplicate detection run");
    }
  }

  @Test
  @Order(5)
  void libraryMarksItemsFixedAndDisputedAndSeesItsMonthlyFigures() throws Exception {
    try (Browser b = Browser.open(port)) {
      b.go("/ui/libraries/LIB02");
      long run = dedupStore.latestRun().orElseThrow().id();
      List<WebElement> items = b.all("#report tbody tr");
      assertThat(items).isNotEmpty();
      assertThat(b.text("#report-summary"))
          .isEqualTo("From duplicate detection run " + run + ": " + items.size() + " items to correct.");
      String first = items.get(0).getAttribute("data-item");
      String second = items.get(1).getAttribute("data-item");
      b.clickAndWait("tr[data-item='" + first + "'] button[value='FIXED']");
      assertThat(b.text(".flash.ok")).isEqualTo("Marked as fixed.");
      assertThat(b.text("tr[data-item='" + first + "'] .status")).isEqualTo("fixed");
      b.find("tr[data-item='" + second + "'] input[name='comment']").sendKeys("Our copy is the 2nd printing");
      b.clickAndWait("tr[data-item='" + second + "'] button[value='DISPUTED']");
      assertThat(b.text("tr[data-item='" + second + "'] .status")).isEqualTo("disputed");
      assertThat(b.text("tr[data-item='" + second + "'] .note")).isEqualTo("Our copy is the 2nd printing");
      // this month's figures: every item, one fixed, one disputed
      List<WebElement> cells = b.all("#stats tbody tr:last-child td");
      assertThat(cells).extracting(WebElement::getText)
          .containsExactly(String.valueOf(items.size()), "1", "1");
      assertThat(b.all("svg.chart rect")).hasSize(3);
      shoot(b, "library");
      b.go("/ui/libraries/LIB02?lang=zh");
      assertThat(b.text("tr[data-item='" + second + "'] .status")).isEqualTo("有异议");
      shoot(b, "library-zh");
      b.go("/ui/center/clusters?lang=zh");
      shoot(b, "queue-zh");
      b.go("/ui/libraries/LIB02?lang=en");
    }
  }

  static Optional<StoredHolding> firstHolding(CatalogQueries catalog, long recordId) {
    return catalog.holdings(recordId).stream().findFirst();
  }
}
