package org.unioncat.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The duplicate detector from the command line, on H2 (the embedded default) and on the real
 * MariaDB: two libraries load the same two Chabon books (library A in UTF-8, library B the
 * Library of Congress's MARC-8 copies), {@code dedup} finds them, {@code clusters} lists them and
 * {@code explain} shows why.
 */
class DedupCommandsIT {
  @AfterEach
  void forgetTheCatalog() {
    CliCatalogs.forget();
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "mariadb"})
  void dedupStoresTheChabonDuplicatesAndClustersAndExplainShowThem(String database)
      throws Exception {
    String db = CliCatalogs.empty(database, "dedup-cli");
    CliRun a = CliRun.run("ingest", "--db", db, "--library", "LIBA", "--register", "--no-progress",
        CliRun.fixture("marc4j/chabon.mrc").toString());
    CliRun b = CliRun.run("ingest", "--db", db, "--library", "LIBB", "--register", "--no-progress",
        CliRun.fixture("marc4j/chabon-loc.mrc").toString());
    assertThat(a.exitCode).as(a.out + a.err).isEqualTo(ExitCodes.OK);
    assertThat(b.exitCode).as(b.out + b.err).isEqualTo(ExitCodes.OK);

    // "Changed since the last run" counts in whole seconds: let the uploads' second pass.
    Thread.sleep(1100);
    CliRun dedup = CliRun.run("dedup", "--db", db, "--no-progress");
    CliRun csv = CliRun.run("clusters", "--db", db);
    CliRun onlyB = CliRun.run("clusters", "--db", db, "--library", "libb", "--output", "csv");
    CliRun json = CliRun.run("clusters", "--db", db, "--output", "json", "--library", "LIBA");
    CliRun explain = CliRun.run("explain", "--db", db, "3", "1");
    CliRun again = CliRun.run("dedup", "--db", db, "--no-progress");
    CliRun jobs = CliRun.run("jobs", "--db", db);
    CliRun job = CliRun.run("jobs", "--db", db, "1");

    assertThat(dedup.exitCode).as(dedup.err).isEqualTo(ExitCodes.OK);
    assertThat(dedup.out).startsWith("Duplicate detection run 1 stored.\n"
        + "  records: 4\n"
        + "  candidate pairs: 2\n"
        + "  pairs per record: 0.50\n"
        + "  comparisons: 2 (duplicate pairs: 2)\n"
        + "  clusters: 2 (4 records)\n"
        + "  findings: 0\n"
        + "  review suggestions: 0\n"
        + "  elapsed: ");
    assertThat(dedup.out).contains("  job 1, full: 4 changed records, 2 pairs scored, 0 reused\n"
        + "  clusters new 2, changed 0, closed 0\n");
    // The next night, nothing changed: nothing scored, the same clusters under the same ids.
    assertThat(again.exitCode).as(again.err).isEqualTo(ExitCodes.OK);
    assertThat(again.out).startsWith("Duplicate detection run 2 stored.\n")
        .contains("  job 2, incremental: 0 changed records, 0 pairs scored, 2 reused\n"
            + "  clusters new 0, changed 0, closed 0\n");
    assertThat(jobs.exitCode).as(jobs.err).isEqualTo(ExitCodes.OK);
    assertThat(jobs.out.split("\n")).hasSize(3);
    assertThat(jobs.out.split("\n")[1]).startsWith("2    2    COMPLETED  incremental  cli ");
    assertThat(jobs.out.split("\n")[0]).startsWith("job  run  status     mode         trigger  started");
    assertThat(jobs.out.split("\n")[2]).startsWith("1    1    COMPLETED  full         cli      ")
        .matches(".* s +2 +2/0/0");
    assertThat(job.out).startsWith("job 1 (run 1): COMPLETED\n  mode: full (asked: incremental),"
        + " started by cli\n")
        .contains("    score       COMPLETED  read 2, written 2, ")
        .contains("  candidate pairs: 2 (scored now 2, reused 0)\n"
            + "  clusters: 2 (new 2, changed 0, closed 0), findings 0\n"
            + "  stored run: 1 (unioncat clusters)\n");
    // Records 1, 2 are LIBA's (chabon.mrc), 3, 4 LIBB's (chabon-loc.mrc: the same LC records
    // with 010, 043, 050, 082 and the 9xx). Neither has holdings, both are full level from DLC:
    // the more complete LC copy is kept. Same record in two libraries: cause 12.
    String kavalier = "1,LIBB,11939876,3,keep,,1.000,keep this record; the holdings of 1 other"
        + " record move here; add the missing ISBN form (ISBN-10 0679450041 / ISBN-13"
        + " 9780679450047)\n"
        + "1,LIBA,11939876,1,duplicate,12,0.998,\"merge holdings into record 3 (library LIBB, 001"
        + " 11939876) and delete this record\"\n";
    String summerland = "2,LIBB,12883376,4,keep,,1.000,keep this record; the holdings of 1 other"
        + " record move here; add the missing ISBN form (ISBN-10 0786808772 / ISBN-13"
        + " 9780786808779)\n"
        + "2,LIBA,12883376,2,duplicate,12,0.996,\"merge holdings into record 4 (library LIBB, 001"
        + " 12883376) and delete this record\"\n";
    assertThat(csv.exitCode).as(csv.err).isEqualTo(ExitCodes.OK);
    assertThat(csv.out)
        .isEqualTo("cluster_id,library,local_id,record_id,role,cause,score,action\n"
            + kavalier + summerland);
    assertThat(onlyB.out).isEqualTo(csv.out);

    List<String> clusters = Arrays.asList(json.out.split("\n"));
    assertThat(clusters).hasSize(2);
    assertThat(clusters.get(0)).startsWith(
        "{\"cluster_id\":1,\"keep_record_id\":3,\"size\":2,\"members\":[{\"record_id\":3,"
            + "\"library\":\"LIBB\",\"local_id\":\"11939876\",\"role\":\"keep\",\"cause\":null,"
            + "\"score\":1.0,\"explanation_en\":\"\",")
        .contains("{\"record_id\":1,\"library\":\"LIBA\",\"local_id\":\"11939876\","
            + "\"role\":\"duplicate\",\"cause\":12,\"score\":0.998,\"explanation_en\":\"same"
            + " ISBN-13 after folding 9780679450047; title identical; author agrees: Chabon, Michael;"
            + " year 2000 in both; pages 639 in both; publisher agrees: Random House\"")
        .contains("\"action_zh\":\"将馆藏合并到记录 3（馆 LIBB，001 11939876），然后删除本记录\"");
    assertThat(clusters.get(1)).startsWith("{\"cluster_id\":2,\"keep_record_id\":4,");

    assertThat(explain.exitCode).as(explain.err).isEqualTo(ExitCodes.OK);
    assertThat(explain.out).isEqualTo(
        "record 1 (library LIBA, 001 11939876): The amazing adventures of Kavalier and Clay\n"
            + "record 3 (library LIBB, 001 11939876): The amazing adventures of Kavalier and Clay\n"
            + "verdict: DUPLICATE\n"
            + "score: 0.998\n"
            + "cause: 12 duplicate made with no duplicate check (identical record, or same library"
            + " twice) / 未查重造成的重复（记录完全相同或同馆重复）\n"
            + "evidence:\n"
            + "  isbn          +6.00  same ISBN-13 after folding 9780679450047\n"
            + "                       折算后 ISBN-13 相同 9780679450047\n"
            + "  title         +5.00  title identical\n"
            + "                       题名相同\n"
            + "  author        +3.00  author agrees: Chabon, Michael\n"
            + "                       责任者一致：Chabon, Michael\n"
            + "  date          +2.00  year 2000 in both\n"
            + "                       出版年均为 2000\n"
            + "  extent        +1.50  pages 639 in both\n"
            + "                       页数均为 639\n"
            + "  publisher     +1.50  publisher agrees: Random House\n"
            + "                       出版者一致：Random House\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2"})
  void clustersBeforeAnyRunAndExplainOfAMissingRecordAreClearErrors(String database)
      throws Exception {
    String db = CliCatalogs.empty(database, "dedup-cli");

    CliRun clusters = CliRun.run("clusters", "--db", db);
    CliRun unknownLibrary = CliRun.run("clusters", "--db", db, "--library", "NOSUCH");
    CliRun explain = CliRun.run("explain", "--db", db, "1", "2");

    assertThat(clusters.exitCode).isEqualTo(ExitCodes.USAGE_OR_UNREADABLE);
    assertThat(clusters.err)
        .isEqualTo("unioncat clusters: no duplicate detection run yet; run 'unioncat dedup' first.\n");
    assertThat(unknownLibrary.exitCode).isEqualTo(ExitCodes.USAGE_OR_UNREADABLE);
    assertThat(unknownLibrary.err).startsWith("unioncat clusters: ").contains("NOSUCH");
    assertThat(explain.exitCode).isEqualTo(ExitCodes.USAGE_OR_UNREADABLE);
    assertThat(explain.err).isEqualTo("unioncat explain: record 1 is not in the catalog, or was"
        + " refused and has no normalized view\n");
  }
}
