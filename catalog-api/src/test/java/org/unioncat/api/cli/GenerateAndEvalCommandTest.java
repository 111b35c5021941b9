package org.unioncat.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateAndEvalCommandTest {

  @Test
  void generatedCatalogIsWrittenAndEvaluatedAgainstItsTruth(@TempDir Path dir) throws IOException {
    CliRun generated =
        CliRun.run(
            "generate", "--seed", "3", "--cases", "120", "--out", dir.toString(),
            CliRun.fixture("solrmarc/uva_001_2000.mrc").toString(),
            CliRun.fixture("dp2/sample_cnmarcxml.xml").toString());

    assertThat(generated.exitCode).as(generated.err).isEqualTo(0);
    List<String> files;
    try (Stream<Path> listing = Files.list(dir)) {
      files = listing.map(p -> p.getFileName().toString()).sorted().toList();
    }
    assertThat(files)
        .containsExactly("LIB01.mrc", "LIB02.mrc", "LIB03.mrc", "LIB04.mrc", "LIB05.mrc", "truth.csv");
    assertThat(Files.readAllLines(dir.resolve("truth.csv")).get(0))
        .isEqualTo("library,local_id,group_id,cause,role,finding,negative_of");

    String[] args = new String[8];
    args[0] = "eval";
    args[1] = "--truth";
    args[2] = dir.resolve("truth.csv").toString();
    for (int i = 0; i < 5; i++) {
      args[3 + i] = dir.resolve(files.get(i)).toString();
    }
    CliRun eval = CliRun.run(args);

    assertThat(eval.out).contains("Pairwise: precision ").contains("Per cause (pairs)");
    assertThat(eval.out).contains("Targets (precision >= 0.995, recall >= 0.97): met");
    assertThat(eval.exitCode).isEqualTo(0);
  }

  @Test
  void evalRefusesATruthFileWithoutTheHeader(@TempDir Path dir) throws IOException {
    Path truth = Files.writeString(dir.resolve("truth.csv"), "a,b\n");
    CliRun eval =
        CliRun.run("eval", "--truth", truth.toString(), CliRun.fixture("marc4j/chabon.mrc").toString());

    assertThat(eval.exitCode).isEqualTo(ExitCodes.USAGE_OR_UNREADABLE);
    assertThat(eval.err).contains("the first line must be the header library,local_id,group_id");
  }
}
