package org.unioncat.api.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.unioncat.api.support.Http;

/**
 * The member-library API, run end to end over HTTP against the service started on a real
 * database; subclasses choose the database (H2 and MariaDB).
 */
abstract class LibrariesApiContract {
  @LocalServerPort int port;

  Http http() {
    return new Http(port);
  }

  @Test
  void embeddedDefaultStartsWithTheDemoLibrary() {
    HttpResponse<String> r = http().get("/api/libraries");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("\"code\":\"DEMO\"").contains("\"tag\":\"852\"");
  }

  @Test
  void registeredLibraryIsListedWithItsMapping() {
    HttpResponse<String> created =
        http()
            .postJson(
                "/api/libraries",
                "{\"code\":\"bnu\",\"name\":\"北京师范大学图书馆\",\"reportLanguage\":\"zh-CN\","
                    + "\"holdings\":[{\"tag\":\"905\",\"library\":\"a\",\"callNumber\":\"de\","
                    + "\"barcode\":\"b\",\"location\":\"c\"}]}");

    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(created.headers().firstValue("Location")).contains("/api/libraries/BNU");
    HttpResponse<String> shown = http().get("/api/libraries/BNU");
    assertThat(shown.statusCode()).isEqualTo(200);
    assertThat(shown.body())
        .isEqualTo(
            "{\"code\":\"BNU\",\"name\":\"北京师范大学图书馆\",\"reportLanguage\":\"zh-CN\","
                + "\"holdings\":[{\"tag\":\"905\",\"library\":\"a\",\"callNumber\":\"de\","
                + "\"barcode\":\"b\",\"location\":\"c\"}],\"holdingsCodes\":[\"BNU\"]}");
  }

  @Test
  void unknownLibraryIsA404ProblemInTheCallersLanguage() {
    HttpResponse<String> en = http().get("/api/libraries/NOPE");
    HttpResponse<String> zh = http().get("/api/libraries/NOPE", "Accept-Language", "zh-CN");

    assertThat(en.statusCode()).isEqualTo(404);
    assertThat(en.headers().firstValue("Content-Type")).contains("application/problem+json");
    assertThat(en.body())
        .contains("\"code\":\"UNKNOWN_LIBRARY\"")
        .contains("\"detail\":\"Library NOPE is not a member library");
    assertThat(zh.body()).contains("\"detail\":\"馆代码 NOPE 不是本联合目录的成员馆");
  }

  @Test
  void duplicateRegistrationIsAConflictAndInvalidCodeABadRequest() {
    assertThat(http().postJson("/api/libraries", "{\"code\":\"DEMO\",\"name\":\"x\"}").statusCode())
        .isEqualTo(409);
    HttpResponse<String> bad = http().postJson("/api/libraries", "{\"code\":\"a b\",\"name\":\"x\"}");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("\"code\":\"INVALID_REQUEST\"").doesNotContain("Exception");
    HttpResponse<String> notJson = http().postJson("/api/libraries", "{oops");
    assertThat(notJson.statusCode()).isEqualTo(400);
    assertThat(notJson.body()).doesNotContain("Exception").doesNotContain("at org.");
  }
}
