package org.unioncat.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.unioncat.ingest.marc.ControlField;
import org.unioncat.ingest.marc.DataField;
import org.unioncat.ingest.marc.Leader;
import org.unioncat.ingest.marc.MarcFlavour;
import org.unioncat.ingest.marc.MarcRecord;
import org.unioncat.ingest.write.Iso2709Writer;

/**
 * {@code unioncat findings} on the embedded catalog: a library catalogs a two-volume set both as
 * one set-level record and as a record for volume 1 — a policy question for the center (cause 3),
 * never a merge.
 */
class FindingsCommandIT {

  @AfterEach
  void forgetTheCatalog() {
    System.clearProperty("unioncat.home");
  }

  private static MarcRecord record(String id, String part, String extent) {
    List<DataField> title =
        part == null
            ? List.of(DataField.of("245", '1', '0', 'a', "A history of the Chinese book /",
                'c', "Zhang San."))
            : List.of(DataField.of("245", '1', '0', 'a', "A history of the Chinese book.",
                'n', part, 'c', "Zhang San."));
    return new MarcRecord(
        Leader.defaultBook(),
        java.util.stream.Stream.of(
                List.of(
                    new ControlField("001", id),
                    new ControlField("008", "200101s2015    cc            000 0 eng d"),
                    DataField.of("020", ' ', ' ', 'a', "9787101003048"),
                    DataField.of("100", '1', ' ', 'a', "Zhang, San,", 'd', "1950-")),
                title,
                List.of(
                    DataField.of("260", ' ', ' ', 'a', "Beijing :", 'b', "Zhonghua Book Co.,",
                        'c', "2015."),
                    DataField.of("300", ' ', ' ', 'a', extent),
                    DataField.of("852", ' ', ' ', 'h', "Z1", 'i', ".Z43 2015", 'p', "BC" + id)))
            .flatMap(List::stream)
            .map(f -> (org.unioncat.ingest.marc.MarcField) f)
            .toList());
  }

  @Test
  void setLevelAndVolumeRecordsAreReportedAsCause3NotMerged() throws Exception {
    Path home = Path.of("target", "findings-cli-" + UUID.randomUUID()).toAbsolutePath();
    Files.createDirectories(home);
    System.setProperty("unioncat.home", home.toString());
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    file.write(Iso2709Writer.toBytes(record("set1", null, "2 v. ;"), MarcFlavour.MARC21));
    file.write(Iso2709Writer.toBytes(record("vol1", "v. 1", "345 p. ;"), MarcFlavour.MARC21));
    Path upload = Files.write(home.resolve("set.mrc"), file.toByteArray());

    CliRun ingest = CliRun.run("ingest", "--library", "LIBA", "--register", "--no-progress",
        upload.toString());
    CliRun dedup = CliRun.run("dedup", "--no-progress");
    CliRun clusters = CliRun.run("clusters");
    CliRun findings = CliRun.run("findings");
    CliRun chinese = CliRun.run("findings", "--lang", "zh", "--library", "liba");

    assertThat(ingest.exitCode).as(ingest.out + ingest.err).isEqualTo(ExitCodes.OK);
    assertThat(dedup.exitCode).as(dedup.err).isEqualTo(ExitCodes.OK);
    assertThat(clusters.out.trim()).isEqualTo(ClustersCommand.CSV_HEADER);
    List<String> rows = Arrays.asList(findings.out.split("\n"));
    assertThat(rows.get(0)).isEqualTo(FindingsCommand.CSV_HEADER);
    assertThat(rows.subList(1, rows.size()))
        .isNotEmpty()
        .allMatch(r -> r.contains(",3,multi-volume set cataloged inconsistently,"));
    assertThat(chinese.out).contains(",3,多卷书著录不一致,");
  }
}
