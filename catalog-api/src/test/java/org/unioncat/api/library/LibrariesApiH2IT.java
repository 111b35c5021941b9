package org.unioncat.api.library;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.unioncat.api.UnionCatApplication;
import org.unioncat.api.support.CleanDatabaseConfiguration;

/** The library API on the embedded default (H2 in MySQL mode). */
@SpringBootTest(
    classes = UnionCatApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "unioncat.home=target/it-home-libraries-h2",
      "spring.datasource.url=jdbc:h2:mem:libraries;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
      "spring.flyway.clean-disabled=false"
    })
@Import(CleanDatabaseConfiguration.class)
class LibrariesApiH2IT extends LibrariesApiContract {}
