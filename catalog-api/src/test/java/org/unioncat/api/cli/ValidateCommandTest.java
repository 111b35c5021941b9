package org.unioncat.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ValidateCommandTest {

  @Test
  void cleanFileExitsZeroAndSummarizesFlavourAndCharacterSet() {
    CliRun run = CliRun.run("validate", CliRun.fixture("dp2/derived/cnmarc_utf8.iso").toString());

    assertThat(run.exitCode).isEqualTo(ExitCodes.OK);
    assertThat(run.out)
        .contains("  records read: 10\n")
        .contains("  by flavour: CNMARC 10\n")
        .contains("  by character set: UTF-8 10\n")
        .contains("  records with errors (refused): 0\n");
  }

  @Test
  void fileWithRefusedRecordsExitsOneAndCountsThem() {
    CliRun run = CliRun.run("validate", CliRun.fixture("catmandu/bu_bibs.mrc").toString());

    assertThat(run.exitCode).isEqualTo(ExitCodes.RECORDS_REJECTED);
    assertThat(run.out)
        .contains("  records read: 100\n")
        .contains("  by character set: MARC-8 84, UTF-8 16\n")
        .contains("  records with errors (refused): 8\n");
  }

  @Test
  void minSeverityListsOnlyTheFindingsAskedForButTheSummaryCountsAll() {
    CliRun run =
        CliRun.run(
            "validate",
            "--min-severity",
            "error",
            CliRun.fixture("catmandu/bu_bibs.mrc").toString());

    List<String> listed =
        Arrays.stream(run.out.split("\n")).filter(l -> l.contains("bu_bibs.mrc  ")).toList();
    // 8 damaged directories; in 3 of those records the title recovered is garbled as well.
    assertThat(listed).hasSize(11)
        .allMatch(l -> l.contains("  error  DIRECTORY_INVALID  ") || l.contains("  error  TITLE_GARBLED  "));
    assertThat(listed).filteredOn(l -> l.contains("TITLE_GARBLED"))
        .extracting(l -> l.substring(l.indexOf("Record "), l.indexOf(" (001")))
        .containsExactly("Record 15", "Record 31", "Record 45");
    assertThat(run.out)
        .contains("    warning  RECORD_LENGTH_MISMATCH     16\n")
        .contains("    info     ISBN_SINGLE_FORM           62\n");
    assertThat(run.exitCode).isEqualTo(ExitCodes.RECORDS_REJECTED);
    assertThat(CliRun.run("validate", "--min-severity", "loud", "x.mrc").exitCode)
        .isEqualTo(ExitCodes.USAGE_OR_UNREADABLE);
  }

  @Test
  void jsonOutputHasOneObjectPerFindingAndAFileSummary() {
    CliRun run =
        CliRun.run(
            "validate",
            "--output",
            "json",
            CliRun.fixture("traject/bad_utf_byte.utf8.marc").toString());

    List<String> lines = Arrays.asList(run.out.split("\n"));
    assertThat(lines).hasSize(5);
    assertThat(lines.get(0))
        .startsWith("{\"type\":\"finding\"")
        .contains("\"record_no\":1,\"local_id\":null,\"byte_offset\":0,\"severity\":\"error\"")
        .contains("\"code\":\"ENCODING_INVALID\",\"tag\":\"300\"")
        .contains("\"message_zh\":\"字段 300 第 21 位含有不属于 UTF-8");
    assertThat(lines.get(3))
        .contains("\"code\":\"TITLE_MISSING\",\"tag\":\"245\",\"subfield\":\"a\"");
    assertThat(lines.get(4))
        .isEqualTo(
            "{\"type\":\"summary\",\"file\":\""
                + CliRun.fixture("traject/bad_utf_byte.utf8.marc")
                + "\",\"records_read\":1,\"records_with_errors\":1,\"records_with_warnings\":1,"
                + "\"flavours\":{\"unknown\":1},\"encodings\":{\"UTF-8\":1},"
                + "\"findings_by_code\":{\"ENCODING_INVALID\":1,\"FLAVOUR_UNKNOWN\":1,"
                + "\"CONTROL_NUMBER_MISSING\":1,\"TITLE_MISSING\":1}}");
    assertThat(run.exitCode).isEqualTo(ExitCodes.RECORDS_REJECTED);
  }

  @Test
  void csvOutputHasAFixedHeaderAndASummaryRow() {
    CliRun run =
        CliRun.run(
            "validate", "--output", "csv", CliRun.fixture("file_marc/wronglen.mrc").toString());

    List<String> lines = Arrays.asList(run.out.split("\n"));
    assertThat(lines.get(0)).isEqualTo(CsvFindingReport.HEADER);
    assertThat(lines.stream().filter(l -> l.startsWith("finding,")).map(l -> l.split(",")[6]))
        .containsExactly("RECORD_LENGTH_MISMATCH", "DIRECTORY_INVALID", "SUBFIELD_CODE_INVALID");
    assertThat(lines.get(lines.size() - 1))
        .isEqualTo(
            "summary," + CliRun.fixture("file_marc/wronglen.mrc") + ",,,,,,,,1,0,MARC21=1,MARC-8=1");
  }

  @Test
  void chineseMessagesOnRequest() {
    CliRun run =
        CliRun.run(
            "validate", "--lang", "zh", CliRun.fixture("traject/bad_utf_byte.utf8.marc").toString());

    assertThat(run.out)
        .contains("错误  ENCODING_INVALID  300  字节 0  记录 1：字段 300 第 21 位含有不属于 UTF-8")
        .contains("  有错误的记录（拒收）：1\n");
  }

  @Test
  void missingAndNonMarcFilesExitTwoButOtherFilesAreStillChecked() {
    CliRun run =
        CliRun.run(
            "validate",
            "no-such-file.mrc",
            "pom.xml",
            CliRun.fixture("dp2/derived/cnmarc_utf8.iso").toString());

    assertThat(run.exitCode).isEqualTo(ExitCodes.USAGE_OR_UNREADABLE);
    assertThat(run.out)
        .contains("File no-such-file.mrc could not be read: there is no such file")
        .contains("File pom.xml could not be read: no MARC records were found in the file")
        .contains("  records read: 10\n");
  }

  @Test
  void textThatIsNotMarcIsRefusedWithTheReason() {
    CliRun run = CliRun.run("validate", CliRun.fixture("MANIFEST.md").toString());

    assertThat(run.exitCode).isEqualTo(ExitCodes.USAGE_OR_UNREADABLE);
    assertThat(run.out).contains("could not be read: The file is not MARC: it starts with \"# Test");
  }

  @Test
  void unknownOptionValueIsAUsageError() {
    CliRun run =
        CliRun.run(
            "validate", "--encoding", "ebcdic", CliRun.fixture("file_marc/wronglen.mrc").toString());

    assertThat(run.exitCode).isEqualTo(ExitCodes.USAGE_OR_UNREADABLE);
    assertThat(run.err).contains("unknown --encoding 'ebcdic'");
  }

  @Test
  void everyCommandHasHelp() {
    for (String command : List.of("validate", "serve")) {
      CliRun run = CliRun.run(command, "--help");
      assertThat(run.exitCode).as(command).isEqualTo(0);
      assertThat(run.out).as(command).contains("Usage: unioncat " + command);
    }
    assertThat(Arrays.stream(CliRun.run("--help").out.split("\n")).collect(Collectors.joining()))
        .contains("validate")
        .contains("serve");
  }
}
