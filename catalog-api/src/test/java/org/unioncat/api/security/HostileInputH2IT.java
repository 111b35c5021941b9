package org.unioncat.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.unioncat.api.UnionCatApplication;
import org.unioncat.api.support.CleanDatabaseConfiguration;
import org.unioncat.api.support.Http;
import org.unioncat.ingest.store.StoreException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hostile and broken input over HTTP: oversized uploads, XXE and billion-laughs MARCXML, deep
 * nesting, decompression bombs, archives, abusive searches, and failures that must not leak stack
 * traces or SQL. Each is refused with a clear message and writes nothing to the catalog. The upload
 * limit is set low (64 KB) so that the 413 can be shown cheaply.
 */
@SpringBootTest(
    classes = UnionCatApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "unioncat.home=target/it-home-hostile-h2",
      "spring.datasource.url=jdbc:h2:mem:hostile;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
      "spring.flyway.clean-disabled=false",
      "unioncat.upload.max-size=64KB"
    })
@Import({CleanDatabaseConfiguration.class, HostileInputH2IT.Failures.class})
class HostileInputH2IT {
  static final JsonMapper JSON = JsonMapper.builder().build();
  static final String[] TABLES = {"upload_batch", "bib_record", "validation_finding", "holding"};

  @LocalServerPort int port;
  @Autowired DataSource dataSource;

  /** Endpoints that fail on purpose (test only; under /api/test, so administrators only). */
  @TestConfiguration(proxyBeanMethods = false)
  static class Failures {
    @RestController
    static class FailingController {
      private final JdbcTemplate jdbc;

      FailingController(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
      }

      @GetMapping("/api/test/bad-sql")
      Object badSql() {
        return jdbc.queryForList("SELECT secret_column FROM no_such_table WHERE password = 'x'");
      }

      @GetMapping("/api/test/store-failure")
      Object storeFailure() {
        throw new StoreException(
            "reading upload 7", new SQLException("Table 'unioncat.secret_table' doesn't exist", "42S02"));
      }

      @GetMapping("/api/test/bug")
      Object bug() {
        throw new IllegalStateException("internal detail: /srv/unioncat/keys.txt");
      }
    }
  }

  Http http() {
    return new Http(port);
  }

  @BeforeEach
  void library() {
    assertThat(http().postJson("/api/libraries", "{\"code\":\"BNU\",\"name\":\"BNU\"}").statusCode()).isIn(201, 409);
  }

  @Test
  void anUploadOverTheLimitIs413InBothLanguagesAndStoresNothing() throws Exception {
    Map<String, Long> before = counts();
    byte[] big = new byte[200 * 1024];
    java.util.Arrays.fill(big, (byte) '0');
    HttpResponse<String> en = http().postFile("/api/batches", "big.mrc", big, "library", "BNU");
    assertThat(en.statusCode()).isEqualTo(413);
    assertThat(en.body())
        .contains("\"code\":\"UPLOAD_TOO_LARGE\"")
        .contains("The file is larger than this catalog accepts in one upload");
    HttpResponse<String> check = http().postFile("/api/check", "big.mrc", big);
    assertThat(check.statusCode()).isEqualTo(413);
    assertThat(check.body()).contains("文件超过本目录单次上传的大小上限");
    assertThat(counts()).isEqualTo(before);
  }

  @Test
  void xxeIsRefusedAndNoFileIsRead() throws Exception {
    String xxe =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
            + "<collection xmlns=\"http://www.loc.gov/MARC21/slim\"><record><leader>00000nam a2200000 a 4500</leader>"
            + "<datafield tag=\"245\" ind1=\"0\" ind2=\"0\"><subfield code=\"a\">&x;</subfield></datafield>"
            + "</record></collection>";
    HttpResponse<String> r = http().postFile("/api/check", "xxe.xml", xxe.getBytes(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("XML_MALFORMED").contains("DTDs and entities are refused").doesNotContain("root:");
    JsonNode batch = uploadAndWait("xxe.xml", xxe.getBytes(StandardCharsets.UTF_8));
    assertThat(batch.get("counts").get("accepted").asLong()).isZero();
    assertThat(batch.get("counts").get("rejected").asLong()).isEqualTo(1);
  }

  @Test
  void billionLaughsIsRefusedAtOnce() {
    StringBuilder lol = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
    lol.append("<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">");
    for (int i = 2; i <= 9; i++) {
      lol.append("<!ENTITY lol").append(i).append(" \"");
      lol.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
    }
    lol.append("]>\n<collection><record><leader>00000nam a2200000 a 4500</leader>"
        + "<controlfield tag=\"001\">&lol9;</controlfield></record></collection>");
    long start = System.nanoTime();
    HttpResponse<String> r = http().postFile("/api/check", "lol.xml", lol.toString().getBytes(StandardCharsets.UTF_8));
    long ms = (System.nanoTime() - start) / 1_000_000;
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("DTDs and entities are refused").doesNotContain("lollollol");
    assertThat(ms).isLessThan(5_000);
  }

  @Test
  void deepNestingEndsTheFileWithAClearFinding() {
    String deep = "<collection>" + "<x>".repeat(5_000) + "</x>".repeat(5_000) + "</collection>";
    HttpResponse<String> r =
        http().postFile("/api/check", "deep.xml", deep.getBytes(StandardCharsets.UTF_8), "lang", "en");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("nested more than 64 levels deep");
  }

  @Test
  void gzipBombsAreStoppedWithAClearError() throws Exception {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write("99999nam a2200000 a 4500".getBytes(StandardCharsets.US_ASCII));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 60; i++) {
        out.write(zeros);
      }
    }
    assertThat(gz.size()).isLessThan(64 * 1024);
    Map<String, Long> before = counts();
    HttpResponse<String> check = http().postFile("/api/check", "bomb.mrc.gz", gz.toByteArray(), "lang", "en");
    assertThat(check.statusCode()).isEqualTo(413);
    assertThat(check.body()).contains("\"code\":\"COMPRESSED_INPUT_TOO_LARGE\"").contains("expands more than 100 times");
    assertThat(counts()).isEqualTo(before);

    JsonNode batch = uploadAndWait("bomb.mrc.gz", gz.toByteArray());
    assertThat(batch.get("status").asString()).isEqualTo("FAILED");
    assertThat(batch.get("message").asString()).contains("expands more than 100 times").contains("解压倍数超过 100 倍");
    assertThat(batch.get("counts").get("accepted").asLong()).isZero();
  }

  @Test
  void zipArchivesAreNotUnpacked() throws Exception {
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(zip)) {
      out.putNextEntry(new ZipEntry("records.mrc"));
      out.write("00026nam a2200025 a 4500\u001e\u001d".getBytes(StandardCharsets.US_ASCII));
      out.closeEntry();
    }
    HttpResponse<String> r = http().postFile("/api/check", "records.zip", zip.toByteArray(), "lang", "en");
    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(r.body()).contains("UNREADABLE_INPUT").contains("The file is a ZIP archive");
    HttpResponse<String> zh =
        http().postFile("/api/check", "records.zip", zip.toByteArray());
    assertThat(zh.body()).contains("该文件是 ZIP 压缩包");
  }

  @Test
  void abusiveSearchesAre400Quickly() {
    Map<String, String> queries = new LinkedHashMap<>();
    queries.put("title:(unclosed", "INVALID_QUERY");
    queries.put("title:*a*", "INVALID_QUERY");
    queries.put("(".repeat(500) + "a" + ")".repeat(500), "INVALID_QUERY");
    queries.put("a ".repeat(2_000), "INVALID_QUERY");
    queries.put("title:ab* OR title:cd* OR title:ef* OR title:gh* OR title:ij* OR title:kl*", "INVALID_QUERY");
    for (Map.Entry<String, String> q : queries.entrySet()) {
      long start = System.nanoTime();
      HttpResponse<String> r = http().get("/api/records?q=" + URLEncoder.encode(q.getKey(), StandardCharsets.UTF_8));
      long ms = (System.nanoTime() - start) / 1_000_000;
      assertThat(r.statusCode()).as(q.getKey() + " -> " + r.body()).isEqualTo(400);
      assertThat(r.body()).doesNotContain("Exception").doesNotContain("at org.");
      assertThat(ms).as("answered in ms").isLessThan(2_000);
    }
    assertThat(http().get("/api/records?q=title:ok").statusCode()).isEqualTo(200);
  }

  @Test
  void failuresNeverShowStackTracesOrSql() {
    HttpResponse<String> sql = http().get("/api/test/bad-sql");
    assertThat(sql.statusCode()).isEqualTo(500);
    assertThat(sql.body())
        .contains("\"code\":\"INTERNAL_ERROR\"")
        .contains("reference")
        .doesNotContainIgnoringCase("select")
        .doesNotContain("no_such_table")
        .doesNotContain("Exception")
        .doesNotContain("at org.");
    HttpResponse<String> store = http().get("/api/test/store-failure", "Accept-Language", "zh");
    assertThat(store.statusCode()).isEqualTo(503);
    assertThat(store.body()).contains("STORE_FAILED").contains("目录数据库").doesNotContain("secret_table").doesNotContain("42S02");
    HttpResponse<String> bug = http().get("/api/test/bug");
    assertThat(bug.statusCode()).isEqualTo(500);
    assertThat(bug.body()).doesNotContain("/srv/unioncat").doesNotContain("IllegalState").doesNotContain("at org.");
    HttpResponse<String> badJson = http().postJson("/api/users", "{\"name\": [[[");
    assertThat(badJson.statusCode()).isEqualTo(400);
    assertThat(badJson.body()).doesNotContain("Exception").doesNotContain("tools.jackson");
    HttpResponse<String> badParam = http().get("/api/batches/not-a-number");
    assertThat(badParam.statusCode()).isBetween(400, 499);
    assertThat(badParam.body()).doesNotContain("Exception").doesNotContain("at org.");
  }

  JsonNode uploadAndWait(String name, byte[] content) throws Exception {
    HttpResponse<String> accepted = http().postFile("/api/batches", name, content, "library", "BNU");
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
    String location = accepted.headers().firstValue("Location").orElseThrow();
    for (int i = 0; i < 600; i++) {
      JsonNode batch = JSON.readTree(http().get(location).body());
      if (batch.get("progress").get("finished").asBoolean()) {
        return batch;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the upload did not finish in 30 s");
  }

  Map<String, Long> counts() throws Exception {
    Map<String, Long> out = new LinkedHashMap<>();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      for (String table : TABLES) {
        try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
          rs.next();
          out.put(table, rs.getLong(1));
        }
      }
    }
    return out;
  }
}
