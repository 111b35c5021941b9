package org.unioncat.api.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.unioncat.api.support.Http;
import org.unioncat.ingest.marc.MarcRecord;
import org.unioncat.ingest.read.ContainerFormat;
import org.unioncat.ingest.read.MarcReader;
import org.unioncat.ingest.read.MarcReaders;
import org.unioncat.ingest.read.ReadOptions;
import org.unioncat.ingest.read.ReadRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalog service end to end over HTTP: real files uploaded, processed in the background,
 * reported, stored and served back in every format. Subclasses run it on H2 and on MariaDB.
 */
abstract class CatalogServiceContract {
  static final JsonMapper JSON = JsonMapper.builder().build();
  @LocalServerPort int port;

  Http http() {
    return new Http(port);
  }

  static byte[] fixture(String name) throws IOException {
    return Files.readAllBytes(
        java.nio.file.Path.of("..", "ingest", "src", "test", "resources", "marc", name));
  }

  void register(String code) {
    int status =
        http().postJson("/api/libraries", "{\"code\":\"" + code + "\",\"name\":\"" + code + "\"}")
            .statusCode();
    assertThat(status).isIn(201, 409);
  }

  JsonNode uploadAndWait(String library, String name, byte[] content) throws Exception {
    HttpResponse<String> accepted = http().postFile("/api/batches", name, content, "library", library);
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
    String location = accepted.headers().firstValue("Location").orElseThrow();
    for (int i = 0; i < 600; i++) {
      JsonNode batch = JSON.readTree(http().get(location).body());
      if (batch.get("progress").get("finished").asBoolean()) {
        return batch;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the upload did not finish in 60 s");
  }

  @Test
  void uploadIsValidatedStoredAndReported() throws Exception {
    register("BU");
    JsonNode batch = uploadAndWait("BU", "bu_bibs.mrc", fixture("catmandu/bu_bibs.mrc"));

    assertThat(batch.get("status").asString()).isEqualTo("DONE");
    assertThat(batch.get("progress").get("recordsDone").asLong()).isEqualTo(100);
    assertThat(batch.get("counts").get("accepted").asLong()).isEqualTo(92);
    assertThat(batch.get("counts").get("rejected").asLong()).isEqualTo(8);
    assertThat(batch.get("encodings").asString()).isEqualTo("MARC-8=84;UTF-8=16");
    long id = batch.get("id").asLong();

    JsonNode report = JSON.readTree(http().get("/api/batches/" + id + "/findings").body());
    assertThat(report.get("findings").size()).isEqualTo(118); // 3 of them TITLE_GARBLED
    String csv = http().get("/api/batches/" + id + "/findings?format=csv&lang=zh").body();
    String[] lines = csv.split("\n");
    assertThat(lines[0]).isEqualTo("\uFEFFrecord_no,local_id,byte_offset,record_id,severity,code,field,message");
    assertThat(lines).hasSize(119); // header + 118 findings
    assertThat(csv).contains("error,DIRECTORY_INVALID").contains("地址目次区");

    JsonNode quarantine = JSON.readTree(http().get("/api/batches/" + id + "/quarantine").body());
    assertThat(quarantine.size()).isEqualTo(8);
    HttpResponse<byte[]> raw = http().getBytes(quarantine.get(0).get("raw").asString());
    assertThat(raw.statusCode()).isEqualTo(200);
    assertThat(new String(raw.body(), 0, 5, StandardCharsets.US_ASCII)).matches("\\d{5}");
  }

  @Test
  void sameFileUploadedTwiceCreatesNothingNew() throws Exception {
    register("TWICE");
    byte[] file = fixture("marc4j/chabon.mrc");
    uploadAndWait("TWICE", "chabon.mrc", file);

    JsonNode again = uploadAndWait("TWICE", "chabon-again.mrc", file);

    assertThat(again.get("status").asString()).isEqualTo("DUPLICATE_FILE");
    JsonNode records = JSON.readTree(http().get("/api/libraries/TWICE/records").body());
    assertThat(records.get("total").asLong()).isEqualTo(2);
  }

  @Test
  void uploadForAnUnknownLibraryIsRefused() throws Exception {
    HttpResponse<String> r =
        http().postFile("/api/batches", "x.mrc", fixture("marc4j/chabon.mrc"), "library", "NOSUCH");

    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.body()).contains("\"code\":\"UNKNOWN_LIBRARY\"");
  }

  @Test
  void recordIsServedInEveryFormatWithTheSameFields() throws Exception {
    // The records' 905 $a names the library "BNU": registered as FMT's holdings code, the
    // holdings are attached to FMT.
    assertThat(
            http()
                .postJson(
                    "/api/libraries",
                    "{\"code\":\"FMT\",\"name\":\"Format test\",\"holdingsCodes\":[\"BNU\"]}")
                .statusCode())
        .isEqualTo(201);
    uploadAndWait("FMT", "cnmarc.iso", fixture("dp2/derived/cnmarc_gb18030.iso"));
    JsonNode page = JSON.readTree(http().get("/api/libraries/FMT/records?limit=1").body());
    long id = page.get("records").get(0).get("id").asLong();

    JsonNode view = JSON.readTree(http().get("/api/records/" + id).body());
    assertThat(view.get("flavour").asString()).isEqualTo("CNMARC");
    assertThat(view.get("sourceEncoding").asString()).isEqualTo("GB18030");
    assertThat(view.get("title").asString()).isEqualTo("'94中国发展报告");
    assertThat(view.get("normalized").get("title").get("key").asString()).isEqualTo("94中国发展报告");
    assertThat(view.get("holdings").get(0).get("library").asString()).isEqualTo("FMT");
    assertThat(view.get("holdings").get(0).get("callNumber").asString()).isEqualTo("F124 26");

    MarcRecord fromXml = parse(http().getBytes("/api/records/" + id + "?format=marcxml").body(),
        ContainerFormat.MARCXML);
    MarcRecord fromJson = parse(http().getBytes("/api/records/" + id,
        "Accept", "application/marc+json").body(), ContainerFormat.MARC_JSON);
    MarcRecord fromIso = parse(http().getBytes("/api/records/" + id + "?format=iso2709").body(),
        ContainerFormat.ISO2709);
    assertThat(fromXml.fields()).isEqualTo(fromIso.fields()).isEqualTo(fromJson.fields());
    List<String> tags = new ArrayList<>();
    view.get("fields").forEach(f -> tags.add(f.get("tag").asString()));
    assertThat(fromIso.fields()).extracting(f -> f.tag()).containsExactlyElementsOf(tags);
  }

  @Test
  void uploadedRecordsAreSearchableByIsbnFormsAndByChineseAndEnglishTitles() throws Exception {
    assertThat(
            http()
                .postJson(
                    "/api/libraries",
                    "{\"code\":\"SRCH\",\"name\":\"Search\",\"holdingsCodes\":[\"BNU\"]}")
                .statusCode())
        .isEqualTo(201);
    uploadAndWait("SRCH", "cnmarc.iso", fixture("dp2/derived/cnmarc_utf8.iso"));
    uploadAndWait("SRCH", "chabon.mrc", fixture("marc4j/chabon.mrc"));

    // Near-real-time: searchable within a second of the chunk's commit (poll for up to 3 s).
    JsonNode isbn10 = searchUntilFound("isbn:7-5037-1744-0 library:SRCH");
    JsonNode isbn13 = search("isbn:9787503717444 library:SRCH");
    assertThat(isbn10.get("total").asLong()).isEqualTo(1);
    assertThat(isbn13.get("hits").get(0).get("recordId").asLong())
        .isEqualTo(isbn10.get("hits").get(0).get("recordId").asLong());
    assertThat(isbn13.get("hits").get(0).get("title").asString()).isEqualTo("'94中国发展报告");
    // Nine titles say 发展报告; the tenth (1999 年中国发展状况与趋势) is in the series 中国发展报告书.
    assertThat(search("发展报告 library:SRCH").get("total").asLong()).isEqualTo(10);
    assertThat(search("title:发展报告 library:SRCH").get("total").asLong()).isEqualTo(9);
    assertThat(search("title:發展報告 library:SRCH").get("total").asLong()).isEqualTo(9);
    assertThat(searchUntilFound("title:\"kavalier and clay\" library:SRCH").get("hits").get(0)
            .get("title").asString())
        .isEqualTo("The amazing adventures of Kavalier and Clay : a novel");

    HttpResponse<String> bad = http().get("/api/records?q=" + java.net.URLEncoder.encode(
        "title:(foo", StandardCharsets.UTF_8));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("\"code\":\"INVALID_QUERY\"").doesNotContain("Exception");
  }

  private JsonNode search(String q) {
    HttpResponse<String> r =
        http().get("/api/records?q=" + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  private JsonNode searchUntilFound(String q) throws InterruptedException {
    for (int i = 0; i < 30; i++) {
      JsonNode result = search(q);
      if (result.get("total").asLong() > 0) {
        return result;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("nothing found for " + q + " within 3 s");
  }

  @Test
  void preUploadCheckFindsTheCatalogRecordsAFileWouldDuplicateAndStoresNothing() throws Exception {
    register("CHKA");
    uploadAndWait("CHKA", "chabon.mrc", fixture("marc4j/chabon.mrc"));
    searchUntilFound("library:CHKA");
    long before =
        JSON.readTree(http().get("/api/libraries/CHKA/records").body()).get("total").asLong();

    // The Library of Congress's MARC-8 copies of the same two books, checked for library DEMO.
    HttpResponse<String> r =
        http().postFile("/api/check", "chabon-loc.mrc", fixture("marc4j/chabon-loc.mrc"),
            "library", "DEMO");

    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode report = JSON.readTree(r.body());
    assertThat(report.get("recordsRead").asLong()).isEqualTo(2);
    assertThat(report.get("recordsWithDuplicates").asLong()).isEqualTo(2);
    JsonNode first = report.get("records").get(0);
    assertThat(first.get("localId").asString()).isEqualTo("11939876");
    JsonNode duplicate = first.get("duplicates").get(0);
    assertThat(duplicate.get("library").asString()).isEqualTo("CHKA");
    assertThat(duplicate.get("localId").asString()).isEqualTo("11939876");
    assertThat(duplicate.get("verdict").asString()).isEqualTo("duplicate");
    assertThat(duplicate.get("cause").asInt()).isEqualTo(12);
    assertThat(duplicate.get("explanationEn").asString()).contains("title identical");
    assertThat(first.get("findings").toString()).contains("ISBN_SINGLE_FORM");
    assertThat(JSON.readTree(http().get("/api/libraries/CHKA/records").body()).get("total").asLong())
        .isEqualTo(before);
    assertThat(JSON.readTree(http().get("/api/libraries/DEMO/records").body()).get("total").asLong())
        .isZero();

    // A longer file: candidates are read for a hundred records at a time; the duplicates before
    // and after 100 Library of Congress book records (none of them in the catalog) are all found.
    byte[] loc = fixture("marc4j/chabon-loc.mrc");
    byte[] bu = fixture("qa_catalogue/BooksAll.2014.part01-0001.mrc");
    java.io.ByteArrayOutputStream file = new java.io.ByteArrayOutputStream();
    file.writeBytes(loc);
    file.writeBytes(bu);
    file.writeBytes(loc);
    JsonNode longer = JSON.readTree(
        http().postFile("/api/check", "mixed.mrc", file.toByteArray(), "library", "DEMO").body());
    assertThat(longer.get("recordsRead").asLong()).isEqualTo(104);
    assertThat(longer.get("recordsChecked").asLong()).isEqualTo(104);
    assertThat(longer.get("recordsWithDuplicates").asLong()).isEqualTo(4);
    List<Long> withDuplicates = new java.util.ArrayList<>();
    for (JsonNode checked : longer.get("records")) {
      if (!checked.get("duplicates").isEmpty()) {
        withDuplicates.add(checked.get("recordNo").asLong());
        assertThat(checked.get("duplicates").get(0).get("library").asString()).isEqualTo("CHKA");
      }
    }
    assertThat(withDuplicates).containsExactly(1L, 2L, 103L, 104L);
  }

  @Test
  void missingRecordAndBadFormatAreClearErrors() {
    assertThat(http().get("/api/records/999999").statusCode()).isEqualTo(404);
    assertThat(http().get("/api/batches/999999").statusCode()).isEqualTo(404);
    HttpResponse<String> empty = http().postFile("/api/batches", "e.mrc", new byte[0], "library", "DEMO");
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(empty.body()).contains("The uploaded file is empty.");
  }

  private static MarcRecord parse(byte[] bytes, ContainerFormat format) throws IOException {
    try (MarcReader r =
        MarcReaders.open(new ByteArrayInputStream(bytes), ReadOptions.detect().withFormat(format))) {
      ReadRecord read = r.next();
      assertThat(read.findings()).as(format + " round trip findings").isEmpty();
      return read.record().orElseThrow();
    }
  }
}
