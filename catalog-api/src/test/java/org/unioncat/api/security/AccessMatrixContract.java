package org.unioncat.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.unioncat.api.support.Http;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may call what: every API endpoint (those on main and the rules declared for those coming
 * from other branches) against every role, over HTTP on the running service. Each refused
 * request is also checked to have written nothing to the catalog. Subclasses choose the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AccessMatrixContract {
  static final JsonMapper JSON = JsonMapper.builder().build();
  static final String[] TABLES = {
    "member_library", "upload_batch", "bib_record", "holding", "validation_finding", "app_user",
    "app_user_library", "api_key", "audit_log"
  };

  /** The signed-in identities the matrix runs as, in the column order of {@link #rows()}. */
  enum As {
    ANONYMOUS(null),
    CATALOGER_BNU("cat_bnu"),
    CATALOGER_PKU("cat_pku"),
    VENDOR_BNU("vendor_bnu"),
    CENTER("center1"),
    ADMIN(Http.ADMIN_USER);

    final String user;

    As(String user) {
      this.user = user;
    }

    String password() {
      return this == ADMIN ? Http.ADMIN_PASSWORD : "password-" + user;
    }
  }

  @LocalServerPort int port;
  @Autowired DataSource dataSource;
  long bnuBatch;
  long bnuRecord;

  Http http() {
    return new Http(port);
  }

  Http http(As as) {
    return as == As.ANONYMOUS ? http().anonymous() : http().as(as.user, as.password());
  }

  static byte[] oneRecord() throws IOException {
    return Files.readAllBytes(
        Path.of("..", "ingest", "src", "test", "resources", "marc", "traject", "manufacturing_consent.marc"));
  }

  @BeforeAll
  void membersAndUsers() throws Exception {
    for (String code : List.of("BNU", "PKU")) {
      assertThat(http().postJson("/api/libraries", "{\"code\":\"" + code + "\",\"name\":\"" + code + "\"}")
              .statusCode())
          .isIn(201, 409);
    }
    createUser("cat_bnu", "CATALOGER", "[\"BNU\"]");
    createUser("cat_pku", "CATALOGER", "[\"pku\"]");
    createUser("vendor_bnu", "VENDOR", "[\"BNU\"]");
    createUser("center1", "CENTER", "[]");
    HttpResponse<String> up = http(As.CATALOGER_BNU).postFile("/api/batches", "one.mrc", oneRecord(), "library", "BNU");
    assertThat(up.statusCode()).as(up.body()).isEqualTo(202);
    JsonNode batch = waitFor(up.headers().firstValue("Location").orElseThrow());
    bnuBatch = batch.get("id").asLong();
    JsonNode records = JSON.readTree(http().get("/api/libraries/BNU/records").body());
    bnuRecord = records.get("records").get(0).get("id").asLong();
  }

  void createUser(String name, String role, String libraries) {
    HttpResponse<String> r =
        http().postJson("/api/users", "{\"name\":\"" + name + "\",\"role\":\"" + role + "\",\"libraries\":"
            + libraries + ",\"password\":\"password-" + name + "\"}");
    assertThat(r.statusCode()).as(r.body()).isIn(201, 409);
  }

  JsonNode waitFor(String location) throws Exception {
    for (int i = 0; i < 600; i++) {
      JsonNode batch = JSON.readTree(http().get(location).body());
      if (batch.get("progress").get("finished").asBoolean()) {
        return batch;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the upload did not finish in 30 s");
  }

  void waitForJob(String location) throws Exception {
    for (int i = 0; i < 600; i++) {
      String status = JSON.readTree(http().get(location).body()).get("status").asString();
      if (!status.equals("STARTING") && !status.equals("STARTED") && !status.equals("STOPPING")) {
        return; // the repository shows the end only after the run's listeners (the audit) ran
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the duplicate detection run did not finish in 30 s");
  }

  /**
   * One endpoint and what each identity gets, in {@link As} order. A number is the exact status;
   * {@code ok} means "let through" (not 401/403/500) — used for endpoints other branches bring,
   * which answer 404 here.
   */
  record Row(String method, String path, String body, String[] fields, String expected) {
    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  static Row get(String path, String expected) {
    return new Row("GET", path, null, null, expected);
  }

  static Row post(String path, String json, String expected) {
    return new Row("POST", path, json, null, expected);
  }

  static Row upload(String path, String expected, String... fields) {
    return new Row("FILE", path, null, fields, expected);
  }

  //                                                    anon cat_bnu cat_pku vendor center admin
  static Stream<Row> rows() {
    return Stream.of(
        get("/api/me", "401 200 200 200 200 200"),
        get("/api/libraries", "401 200 200 200 200 200"),
        get("/api/libraries/BNU", "401 200 200 200 200 200"),
        get("/api/libraries/BNU/records", "401 200 200 200 200 200"),
        post("/api/libraries", "{\"code\":\"NEW_{as}\",\"name\":\"n\"}", "401 403 403 403 403 201"),
        get("/api/records?q=title:consent", "401 200 200 200 200 200"),
        get("/api/records/{record}", "401 200 200 200 200 200"),
        upload("/api/batches", "401 202 403 202 403 202", "library", "BNU"),
        upload("/api/batches", "401 403 202 403 403 202", "library", "pku"),
        get("/api/batches/{batch}", "401 200 403 200 200 200"),
        get("/api/batches/{batch}/findings", "401 200 403 200 200 200"),
        get("/api/batches/{batch}/findings?format=csv", "401 200 403 200 200 200"),
        get("/api/batches/{batch}/quarantine", "401 200 403 200 200 200"),
        upload("/api/check", "401 200 200 200 200 200"),
        upload("/api/check", "401 200 403 200 200 200", "library", "BNU"),
        upload("/api/check", "401 403 200 403 200 200", "library", "PKU"),
        // coming from other branches: the rules are declared already
        get("/api/libraries/BNU/reports", "401 ok 403 403 ok ok"),
        get("/api/libraries/bnu/reports/duplicates.csv", "401 ok 403 403 ok ok"),
        post("/api/libraries/BNU/reports/rows/1/mark", "{}", "401 ok 403 403 ok ok"),
        get("/api/libraries/PKU/reports", "401 403 ok 403 ok ok"),
        post("/api/jobs/dedup", "{}", "401 403 403 403 ok ok"),
        get("/api/jobs", "401 403 403 403 ok ok"),
        get("/api/jobs/1", "401 403 403 403 ok ok"),
        get("/api/center/statistics", "401 403 403 403 ok ok"),
        get("/api/clusters", "401 403 403 403 ok ok"),
        post("/api/clusters/1/decision", "{}", "401 403 403 403 ok ok"),
        post("/api/merges/1/undo", "{}", "401 403 403 403 ok ok"),
        get("/api/pairs/1", "401 403 403 403 ok ok"),
        // administration
        get("/api/users", "401 403 403 403 403 200"),
        get("/api/users/cat_bnu", "401 403 403 403 403 200"),
        post("/api/users", "{\"name\":\"made_by_{as}\",\"role\":\"CENTER\",\"password\":\"0123456789ab\"}",
            "401 403 403 403 403 201"),
        post("/api/users/cat_pku/keys", "{\"label\":\"t\"}", "401 403 403 403 403 201"),
        get("/api/audit", "401 403 403 403 403 200"),
        // a path nobody declared is closed to all but administrators
        get("/api/not-yet-declared", "401 403 403 403 403 ok"),
        // public
        get("/v3/api-docs", "200 200 200 200 200 200"));
  }

  Stream<Arguments> cases() {
    List<Arguments> out = new ArrayList<>();
    rows()
        .forEach(
            row -> {
              String[] expected = row.expected().split(" +");
              for (As as : As.values()) {
                out.add(Arguments.of(row, as, expected[as.ordinal()]));
              }
            });
    return out.stream();
  }

  @ParameterizedTest(name = "{0} as {1} -> {2}")
  @MethodSource("cases")
  void eachRoleIsAllowedOrRefused(Row row, As as, String expected) throws Exception {
    Map<String, Long> before = counts();
    String path =
        row.path().replace("{batch}", String.valueOf(bnuBatch)).replace("{record}", String.valueOf(bnuRecord));
    String body = row.body() == null ? null : row.body().replace("{as}", as.name().toLowerCase());
    Http client = http(as);
    HttpResponse<String> r =
        switch (row.method()) {
          case "GET" -> client.get(path);
          case "POST" -> client.postJson(path, body);
          default -> client.postFile(path, "one.mrc", oneRecord(), row.fields());
        };
    if (expected.equals("ok")) {
      assertThat(r.statusCode()).as(r.body()).isNotIn(401, 403, 500);
    } else {
      assertThat(r.statusCode()).as(r.body()).isEqualTo(Integer.parseInt(expected));
    }
    if (r.statusCode() == 202 && row.path().equals("/api/batches")) {
      waitFor(r.headers().firstValue("Location").orElseThrow());
    }
    if (r.statusCode() == 202 && row.path().equals("/api/jobs/dedup")) {
      // the run ends (and writes its audit entry) after the request: wait, so that the next
      // case's "writes nothing" counts only its own request's writes
      waitForJob(r.headers().firstValue("Location").orElseThrow());
    }
    if (r.statusCode() == 401 || r.statusCode() == 403) {
      assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
      assertThat(r.body()).contains(r.statusCode() == 401 ? "\"code\":\"UNAUTHORIZED\"" : "\"code\":\"FORBIDDEN\"");
      assertThat(counts()).as("a refused request writes nothing").isEqualTo(before);
    }
  }

  @Test
  void refusalsExplainThemselvesInEnglishAndChinese() {
    HttpResponse<String> other =
        http(As.CATALOGER_PKU).get("/api/batches/" + bnuBatch, "Accept-Language", "zh-CN");
    assertThat(other.statusCode()).isEqualTo(403);
    assertThat(other.body()).contains("用户 cat_pku（CATALOGER）无权处理馆 BNU 的数据。");
    HttpResponse<String> center = http(As.CENTER).postFile("/api/batches", "a.mrc", new byte[] {1}, "library", "BNU");
    assertThat(center.statusCode()).isEqualTo(403);
    assertThat(center.body()).contains("Your role does not allow this request; nothing was changed.");
    HttpResponse<String> otherLibrary =
        http(As.CATALOGER_PKU).postFile("/api/batches", "a.mrc", new byte[] {1}, "library", "BNU");
    assertThat(otherLibrary.body()).contains("User cat_pku (CATALOGER) may not act for library BNU.");
    HttpResponse<String> wrong = http().as("cat_bnu", "wrong-password").get("/api/me");
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(wrong.body()).contains("Sign in: send a user name and password").doesNotContain("Exception");
  }

  @Test
  void vendorUploadsAreTaggedWithTheVendorAndAudited() throws Exception {
    HttpResponse<String> up =
        http(As.VENDOR_BNU).postFile("/api/batches", "vendor.mrc", oneRecord(), "library", "BNU");
    assertThat(up.statusCode()).isEqualTo(202);
    JsonNode batch = waitFor(up.headers().firstValue("Location").orElseThrow());
    assertThat(batch.get("uploadedBy").asString()).isEqualTo("vendor_bnu");
    assertThat(batch.get("vendor").asString()).isEqualTo("vendor_bnu");
    JsonNode own = JSON.readTree(http().get("/api/batches/" + bnuBatch).body());
    assertThat(own.get("uploadedBy").asString()).isEqualTo("cat_bnu");
    assertThat(own.get("vendor").isNull()).isTrue();

    JsonNode audit = JSON.readTree(http().get("/api/audit?target=batch:" + batch.get("id").asLong()).body());
    assertThat(audit).hasSize(1);
    assertThat(audit.get(0).get("event").get("actor").asString()).isEqualTo("vendor_bnu");
    assertThat(audit.get(0).get("event").get("action").asString()).isEqualTo("UPLOAD");
    assertThat(audit.get(0).get("event").get("library").asString()).isEqualTo("BNU");
    JsonNode userAudit = JSON.readTree(http().get("/api/audit?target=user:vendor_bnu").body());
    assertThat(userAudit.get(userAudit.size() - 1).get("event").get("action").asString()).isEqualTo("USER_CREATE");
    assertThat(userAudit.get(userAudit.size() - 1).get("event").get("actor").asString()).isEqualTo("admin");
  }

  @Test
  void apiKeysWorkUntilRevokedAndAreStoredOnlyAsHashes() throws Exception {
    HttpResponse<String> issued = http().postJson("/api/users/vendor_bnu/keys", "{\"label\":\"ftp robot\"}");
    assertThat(issued.statusCode()).isEqualTo(201);
    JsonNode key = JSON.readTree(issued.body());
    String token = key.get("token").asString();
    assertThat(token).startsWith("uc_").hasSize(46);

    HttpResponse<String> me = http().bearer(token).get("/api/me");
    assertThat(me.statusCode()).isEqualTo(200);
    assertThat(me.body()).contains("\"name\":\"vendor_bnu\"").contains("\"role\":\"VENDOR\"").contains("\"BNU\"");
    assertThat(http().bearer(token).postFile("/api/batches", "k.mrc", oneRecord(), "library", "PKU").statusCode())
        .isEqualTo(403);
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT token_sha256, prefix FROM api_key WHERE label = 'ftp robot'")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo(UserService.sha256(token)).doesNotContain(token.substring(3));
      assertThat(rs.getString(2)).isEqualTo(token.substring(0, 10));
    }

    assertThat(http().send("DELETE", "/api/users/vendor_bnu/keys/" + key.get("id").asLong(), null).statusCode())
        .isEqualTo(204);
    HttpResponse<String> revoked = http().bearer(token).get("/api/me");
    assertThat(revoked.statusCode()).isEqualTo(401);
    assertThat(http().bearer("uc_made-up").get("/api/libraries").statusCode()).isEqualTo(401);
  }

  @Test
  void roleChangesTakeEffectAndAreAudited() {
    createUser("temp_vendor", "VENDOR", "[\"PKU\"]");
    Http temp = http().as("temp_vendor", "password-temp_vendor");
    assertThat(temp.get("/api/clusters").statusCode()).isEqualTo(403);
    HttpResponse<String> changed =
        http().send("PUT", "/api/users/temp_vendor", "{\"role\":\"CENTER\",\"libraries\":[]}");
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    assertThat(temp.get("/api/clusters").statusCode()).isNotIn(401, 403);
    assertThat(http().send("PUT", "/api/users/temp_vendor", "{\"enabled\":false}").statusCode()).isEqualTo(200);
    assertThat(temp.get("/api/me").statusCode()).isEqualTo(401);
    assertThat(http().get("/api/audit?target=user:temp_vendor").body())
        .contains("USER_CHANGE")
        .contains("\\\"role\\\":\\\"CENTER\\\"");
  }

  @Test
  void userRulesAreCheckedWithClearMessages() {
    assertThat(http().postJson("/api/users", "{\"name\":\"x1\",\"role\":\"CATALOGER\",\"password\":\"0123456789\"}").body())
        .contains("A cataloger works for exactly one library");
    assertThat(http().postJson("/api/users",
            "{\"name\":\"x2\",\"role\":\"VENDOR\",\"libraries\":[\"NOPE\"],\"password\":\"0123456789\"}").statusCode())
        .isEqualTo(404);
    assertThat(http().postJson("/api/users", "{\"name\":\"x3\",\"role\":\"CENTER\",\"password\":\"short\"}").body())
        .contains("at least 10 characters");
    assertThat(http().postJson("/api/users", "{\"name\":\"x4\",\"role\":\"KING\"}").body()).contains("Unknown role 'KING'");
    assertThat(http().postJson("/api/users", "{\"name\":\"cat_bnu\",\"role\":\"CENTER\"}").statusCode()).isEqualTo(409);
    assertThat(http().get("/api/users").body()).doesNotContain("password").doesNotContain("bcrypt");
  }

  // ---- web pages: form login with a session and CSRF tokens ----

  /** A browser: keeps cookies, follows no redirects. */
  final class Browser {
    final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    HttpResponse<String> get(String path) throws Exception {
      return client.send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> postForm(String path, Map<String, String> form) throws Exception {
      StringBuilder body = new StringBuilder();
      for (Map.Entry<String, String> e : form.entrySet()) {
        body.append(body.length() == 0 ? "" : "&")
            .append(java.net.URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8))
            .append('=')
            .append(java.net.URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
      }
      return client.send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
              .build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    String csrf() throws Exception {
      Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(get("/ui/login").body());
      assertThat(m.find()).isTrue();
      return m.group(1);
    }

    Browser login(As as) throws Exception {
      Map<String, String> form = new LinkedHashMap<>();
      form.put("username", as.user);
      form.put("password", as.password());
      form.put("_csrf", csrf());
      HttpResponse<String> r = postForm("/ui/login", form);
      assertThat(r.statusCode()).isEqualTo(302);
      assertThat(r.headers().firstValue("Location").orElseThrow()).endsWith("/ui");
      return this;
    }
  }

  @Test
  void pagesNeedAFormLoginAndFollowTheSameRoles() throws Exception {
    Browser anonymous = new Browser();
    assertThat(anonymous.get("/ui/login").statusCode()).isEqualTo(200);
    assertThat(anonymous.get("/ui/assets/app.css").statusCode()).isNotIn(302, 401, 403);
    HttpResponse<String> redirected = anonymous.get("/ui/center/clusters");
    assertThat(redirected.statusCode()).isEqualTo(302);
    assertThat(redirected.headers().firstValue("Location").orElseThrow()).endsWith("/ui/login");

    Browser catBnu = new Browser().login(As.CATALOGER_BNU);
    assertThat(catBnu.get("/ui/center/clusters").statusCode()).isEqualTo(403);
    assertThat(catBnu.get("/ui/libraries/BNU/reports").statusCode()).isNotIn(302, 401, 403);
    assertThat(catBnu.get("/ui/libraries/PKU/reports").statusCode()).isEqualTo(403);
    assertThat(catBnu.get("/ui/search").statusCode()).isNotIn(302, 401, 403);
    assertThat(catBnu.get("/ui/check").statusCode()).isNotIn(302, 401, 403);

    Browser vendor = new Browser().login(As.VENDOR_BNU);
    assertThat(vendor.get("/ui/libraries/BNU/reports").statusCode()).isEqualTo(403);
    assertThat(vendor.get("/ui/check").statusCode()).isNotIn(302, 401, 403);

    Browser center = new Browser().login(As.CENTER);
    assertThat(center.get("/ui/center/clusters").statusCode()).isNotIn(302, 401, 403);
    assertThat(center.get("/ui/libraries/PKU/reports").statusCode()).isNotIn(302, 401, 403);

    // a form without its CSRF token is refused, even with a valid session
    HttpResponse<String> forged = center.postForm("/ui/center/clusters/1/merge", Map.of("keep", "1"));
    assertThat(forged.statusCode()).isEqualTo(403);
    HttpResponse<String> badLogin =
        new Browser().postForm("/ui/login", Map.of("username", "cat_bnu", "password", "password-cat_bnu"));
    assertThat(badLogin.statusCode()).isEqualTo(403);

    Browser wrong = new Browser();
    HttpResponse<String> failed =
        wrong.postForm("/ui/login", Map.of("username", "cat_bnu", "password", "nope", "_csrf", wrong.csrf()));
    assertThat(failed.headers().firstValue("Location").orElseThrow()).endsWith("/ui/login?error");
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
