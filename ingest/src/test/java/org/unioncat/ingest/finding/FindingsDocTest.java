package org.unioncat.ingest.finding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/findings.md lists every finding code with its severity, so the documentation stays true. */
class FindingsDocTest {

  @Test
  void everyFindingCodeIsDocumentedWithItsSeverity() throws IOException {
    String doc = Files.readString(Path.of("..", "docs", "findings.md"));
    for (FindingCode code : FindingCode.values()) {
      assertThat(doc)
          .as("docs/findings.md row for " + code)
          .contains("| `" + code.name() + "` | " + code.defaultSeverity().label() + " |");
    }
  }
}
