package org.unioncat.api.web;

import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.unioncat.api.UnionCatApplication;
import org.unioncat.api.support.CleanDatabaseConfiguration;

/**
 * The pages in Chromium on the embedded default (H2). With {@code -Dunioncat.screenshots=DIR}
 * it also saves the main pages as PNG there (the README's come from
 * {@code -Dunioncat.screenshots=../docs/screenshots}, with a CJK font installed).
 */
@SpringBootTest(
    classes = UnionCatApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "unioncat.home=target/ui-it-home-h2",
      "unioncat.demo-library=false",
      "spring.datasource.url=jdbc:h2:mem:ui;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
      "spring.flyway.clean-disabled=false"
    })
@Import(CleanDatabaseConfiguration.class)
class UiBrowserH2IT extends UiBrowserContract {
  @Override
  Path screenshots() {
    String dir = System.getProperty("unioncat.screenshots");
    return dir == null || dir.isBlank() ? null : Path.of(dir);
  }
}
