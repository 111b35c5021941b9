package org.unioncat.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code unioncat renormalize} on the embedded catalog (the work itself: RenormalizationIT). */
class RenormalizeCommandIT {
  @AfterEach
  void forgetTheCatalog() {
    CliCatalogs.forget();
  }

  @Test
  void reportsWhatItReadAndChanged() throws Exception {
    String db = CliCatalogs.empty("h2", "renormalize-cli");
    CliRun in = CliRun.run("ingest", "--db", db, "--library", "LIBA", "--register", "--no-progress",
        CliRun.fixture("marc4j/chabon.mrc").toString());
    assertThat(in.exitCode).as(in.out + in.err).isEqualTo(ExitCodes.OK);

    CliRun run = CliRun.run("renormalize", "--db", db);

    assertThat(run.exitCode).as(run.err).isEqualTo(ExitCodes.OK);
    assertThat(run.out).isEqualTo("Read 2 records: 0 normalized views changed (re-indexed; the next"
        + " duplicate detection run checks them again).\n");
  }
}
