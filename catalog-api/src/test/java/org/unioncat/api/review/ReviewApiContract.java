package org.unioncat.api.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.unioncat.api.support.Http;
import org.unioncat.dedup.run.ProgressListener;
import org.unioncat.dedup.store.CatalogDeduplication;
import org.unioncat.ingest.marc.DataField;
import org.unioncat.ingest.marc.Leader;
import org.unioncat.ingest.marc.MarcField;
import org.unioncat.ingest.marc.MarcFlavour;
import org.unioncat.ingest.marc.MarcRecord;
import org.unioncat.ingest.read.MarcReader;
import org.unioncat.ingest.read.MarcReaders;
import org.unioncat.ingest.read.ReadOptions;
import org.unioncat.ingest.write.Iso2709Writer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The review API end to end over HTTP: three libraries upload the same book (a real LC record,
 * Chabon's "Summerland", as each catalogued it), duplicate detection clusters them, a reviewer
 * merges, follows the old links, undoes the merge exactly, chooses the record to keep and rejects
 * the cluster, and the decisions hold on the next run. Subclasses run it on H2 and on MariaDB.
 */
abstract class ReviewApiContract {
  static final JsonMapper JSON = JsonMapper.builder().build();
  @LocalServerPort int port;
  @Autowired CatalogDeduplication deduplication;
  @Autowired DataSource dataSource;

  Http http() {
    return new Http(port);
  }

  @Test
  void mergeRedirectUndoKeepAndRejectOverHttp() throws Exception {
    for (String code : List.of("PKU", "THU", "BNU")) {
      assertThat(http().postJson("/api/libraries", "{\"code\":\"" + code + "\",\"name\":\"" + code + "\"}")
          .statusCode()).isIn(201, 409);
    }
    upload("PKU", pkuVersion());
    upload("THU", thuVersion());
    upload("BNU", bnuVersion());
    deduplication.run(ProgressListener.NONE);

    JsonNode queue = json(http().get("/api/clusters"), 200);
    assertThat(queue.get("total").asLong()).isEqualTo(1);
    JsonNode entry = queue.get("clusters").get(0);
    assertThat(entry.get("status").asString()).isEqualTo("OPEN");
    assertThat(entry.get("libraries")).extracting(JsonNode::asString)
        .containsExactlyInAnyOrder("PKU", "THU", "BNU");
    long clusterId = entry.get("clusterId").asLong();
    long pku = recordOf(entry, "PKU");
    long thu = recordOf(entry, "THU");
    long bnu = recordOf(entry, "BNU");

    JsonNode detail = json(http().get("/api/clusters/" + clusterId), 200);
    assertThat(detail.get("members").size()).isEqualTo(3);
    for (JsonNode m : detail.get("members")) {
      assertThat(m.get("record").get("status").asString()).isEqualTo("ACTIVE");
      assertThat(m.get("record").get("normalized").get("title")).isNotNull();
      assertThat(m.get("holdings").size()).isEqualTo(m.get("library").asString().equals("THU") ? 2 : 1);
      assertThat(m.get("explanation").get("zh")).isNotNull();
    }
    List<byte[]> rawBefore = raws(pku, thu, bnu);
    List<String> viewsBefore = views(pku, thu, bnu);
    String searchBefore = searchSummerland();

    JsonNode merged = json(http().postJson("/api/clusters/" + clusterId + "/merge",
        "{\"keepRecordId\":" + pku + "}"), 200);
    long mergeId = merged.get("mergeId").asLong();
    assertThat(merged.get("keptRecordId").asLong()).isEqualTo(pku);
    assertThat(merged.get("mergedRecordIds")).extracting(JsonNode::asLong).containsExactly(thu, bnu);
    assertThat(merged.get("isbnsAdded")).extracting(JsonNode::asString)
        .containsExactly("9780786808779", "9780786816156");
    JsonNode kept = json(http().get("/api/records/" + pku), 200);
    assertThat(kept.toString()).contains("9780786816156").contains("Summerland trilogy");

    // Links to the merged records keep working.
    HttpResponse<String> moved = http().get("/api/records/" + thu + "?format=marcxml");
    assertThat(moved.statusCode()).isEqualTo(301);
    assertThat(moved.headers().firstValue("Location")).hasValue("/api/records/" + pku + "?format=marcxml");
    assertThat(http().get("/api/records/" + bnu).headers().firstValue("Location"))
        .hasValue("/api/records/" + pku);
    JsonNode tombstone = json(http().get("/api/records/" + bnu + "?follow=false"), 200);
    assertThat(tombstone.get("status").asString()).isEqualTo("MERGED");
    assertThat(tombstone.get("mergedInto").asLong()).isEqualTo(pku);

    // The cluster is merged: merging again is a conflict, in both languages.
    HttpResponse<String> again = http().postJson("/api/clusters/" + clusterId + "/merge", "{}");
    JsonNode problem = json(again, 409);
    assertThat(problem.get("code").asString()).isEqualTo("REVIEW_CONFLICT");
    assertThat(problem.get("detail").asString()).isEqualTo("Cluster " + clusterId
        + " has already been merged (merge " + mergeId + "); undo that merge first to merge it differently.");
    assertThat(json(http().postJson("/api/clusters/" + clusterId + "/merge", "{}", "Accept-Language", "zh"), 409)
        .get("detail").asString()).startsWith("重复组 " + clusterId + " 已经合并");
    assertThat(json(http().get("/api/clusters?status=merged"), 200).get("total").asLong()).isEqualTo(1);
    assertThat(json(http().get("/api/clusters?status=open"), 200).get("total").asLong()).isZero();
    JsonNode merges = json(http().get("/api/merges?cluster=" + clusterId), 200);
    assertThat(merges.size()).isEqualTo(1);
    assertThat(merges.get(0).get("mergedBy").asString()).isEqualTo("admin");
    assertThat(merges.get(0).get("status").asString()).isEqualTo("APPLIED");

    // Undo: byte-exact raw MARC, the same record views (holdings, status, normalized), the same search.
    JsonNode undone = json(http().postJson("/api/merges/" + mergeId + "/undo", ""), 200);
    assertThat(undone.get("restoredRecordIds")).extracting(JsonNode::asLong).containsExactly(pku, thu, bnu);
    assertThat(raws(pku, thu, bnu)).containsExactlyElementsOf(rawBefore);
    assertThat(views(pku, thu, bnu)).isEqualTo(viewsBefore);
    assertThat(searchSummerland()).isEqualTo(searchBefore);
    assertThat(json(http().postJson("/api/merges/" + mergeId + "/undo", ""), 409).get("detail").asString())
        .isEqualTo("Merge " + mergeId + " has already been undone.");
    assertThat(json(http().get("/api/merges?cluster=" + clusterId), 200).get(0).get("status").asString())
        .isEqualTo("UNDONE");

    // Choose another record to keep: the next run keeps it.
    JsonNode chosen = json(http().putJson("/api/clusters/" + clusterId + "/keep",
        "{\"recordId\":" + bnu + "}"), 200);
    assertThat(chosen.get("status").asString()).isEqualTo("KEEP_CHOSEN");
    deduplication.run(ProgressListener.NONE);
    JsonNode rerun = json(http().get("/api/clusters"), 200).get("clusters").get(0);
    assertThat(rerun.get("keepRecordId").asLong()).isEqualTo(bnu);
    assertThat(rerun.get("status").asString()).isEqualTo("OPEN");

    // A member deleted since the run: merging answers 409 and says which.
    MarcRecord deletion = bnuVersion();
    String leader = deletion.leader().value();
    upload("BNU", new MarcRecord(new Leader(leader.substring(0, 5) + "d" + leader.substring(6)),
        deletion.fields()));
    long rerunId = rerun.get("clusterId").asLong();
    assertThat(json(http().postJson("/api/clusters/" + rerunId + "/merge", "{}"), 409).get("detail").asString())
        .isEqualTo("Cluster " + rerunId + " changed since duplicate detection ran: record " + bnu
            + " is now DELETED. Nothing was merged; the next duplicate detection run shows the"
            + " cluster as it is now.");

    // Split it: the split-off record is kept apart on the next run.
    assertThat(json(http().postJson("/api/clusters/" + rerunId + "/split",
        "{\"groups\":[[" + pku + "],[" + pku + "," + thu + "," + bnu + "]]}"), 400).get("detail").asString())
        .isEqualTo("Record " + pku + " is in two groups; each record of cluster " + rerunId
            + " must be in exactly one group.");
    JsonNode split = json(http().postJson("/api/clusters/" + rerunId + "/split",
        "{\"groups\":[[" + pku + "," + thu + "],[" + bnu + "]]}"), 200);
    assertThat(split.get("status").asString()).isEqualTo("SPLIT");
    assertThat(split.get("pairsRejected").size()).isEqualTo(2);
    assertThat(json(http().get("/api/clusters?status=split"), 200).get("total").asLong()).isEqualTo(1);
    deduplication.run(ProgressListener.NONE);
    JsonNode afterSplit = json(http().get("/api/clusters"), 200);
    assertThat(afterSplit.get("total").asLong()).isEqualTo(1);
    assertThat(afterSplit.get("clusters").get(0).get("members")).extracting(m -> m.get("recordId").asLong())
        .containsExactlyInAnyOrder(pku, thu);
    long splitId = afterSplit.get("clusters").get(0).get("clusterId").asLong();

    // Reject the rest: the next run does not form it again.
    JsonNode rejected = json(http().postJson("/api/clusters/" + splitId + "/reject", ""), 200);
    assertThat(rejected.get("status").asString()).isEqualTo("REJECTED");
    assertThat(rejected.get("pairsRejected").size()).isEqualTo(1);
    deduplication.run(ProgressListener.NONE);
    assertThat(json(http().get("/api/clusters"), 200).get("total").asLong()).isZero();
    assertThat(json(http().get("/api/clusters/" + splitId), 404).get("code").asString()).isEqualTo("NOT_FOUND");

    assertThat(json(http().postJson("/api/pairs/reject", "{\"first\":" + thu + ",\"second\":" + pku + "}"), 200)
        .get("pairsRejected").size()).isZero(); // already rejected with the cluster
    assertThat(auditActions()).containsExactly(
        "MERGE cluster:" + clusterId + " admin",
        "UNDO_MERGE cluster:" + clusterId + " admin",
        "CHOOSE_KEEP cluster:" + clusterId + " admin",
        "SPLIT cluster:" + rerunId + " admin",
        "REJECT cluster:" + splitId + " admin",
        "REJECT_PAIR pair:" + Math.min(pku, thu) + "-" + Math.max(pku, thu) + " admin");
  }

  @Test
  void theReviewEndpointsAreDescribedInOpenApi() {
    HttpResponse<String> docs = http().get("/v3/api-docs");
    assertThat(docs.statusCode()).isEqualTo(200);
    assertThat(docs.body()).contains("/api/clusters/{id}/merge", "/api/merges/{id}/undo",
        "/api/clusters/{id}/split", "/api/clusters/{id}/keep", "/api/pairs/reject");
  }

  @Test
  void badRequestsAreExplained() {
    assertThat(json(http().get("/api/clusters?sort=best"), 400).get("detail").asString())
        .isEqualTo("Unknown sort 'best'; use score, -score, size or id.");
    assertThat(json(http().get("/api/clusters?status=done"), 400).get("code").asString())
        .isEqualTo("INVALID_REQUEST");
    assertThat(json(http().postJson("/api/pairs/reject", "{\"first\":5,\"second\":5}"), 400)
        .get("detail").asString()).isEqualTo("A record cannot be rejected as a duplicate of itself (record 5).");
    assertThat(json(http().postJson("/api/pairs/reject", "{\"first\":987654,\"second\":987655}"), 404)
        .get("detail").asString()).isEqualTo("There is no record 987654.");
    assertThat(json(http().postJson("/api/merges/987654/undo", ""), 404).get("detail").asString())
        .isEqualTo("There is no merge 987654.");
  }

  // --- helpers

  private List<String> auditActions() {
    List<String> out = new ArrayList<>();
    try (var c = dataSource.getConnection();
        var ps = c.prepareStatement("SELECT action, target, actor FROM audit_log"
            + " WHERE action <> 'UPLOAD' AND target NOT LIKE 'user:%' ORDER BY id");
        var rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }

  private List<byte[]> raws(long... ids) {
    List<byte[]> out = new ArrayList<>();
    for (long id : ids) {
      HttpResponse<byte[]> r = http().getBytes("/api/records/" + id + "?format=raw&follow=false");
      assertThat(r.statusCode()).isEqualTo(200);
      out.add(r.body());
    }
    return out;
  }

  private List<String> views(long... ids) {
    List<String> out = new ArrayList<>();
    for (long id : ids) {
      out.add(json(http().get("/api/records/" + id + "?follow=false"), 200).toString());
    }
    return out;
  }

  private String searchSummerland() throws InterruptedException {
    Thread.sleep(1500); // the index refresher makes changes searchable within a second
    JsonNode result = json(http().get("/api/records?q=summerland&limit=50"), 200);
    List<String> hits = new ArrayList<>();
    for (JsonNode h : result.get("hits")) {
      hits.add(h.get("recordId").asLong() + " " + h.get("isbn13s") + " " + h.get("libraries"));
    }
    hits.sort(null);
    return result.get("total").asLong() + " " + hits;
  }

  private static long recordOf(JsonNode cluster, String library) {
    for (JsonNode m : cluster.get("members")) {
      if (m.get("library").asString().equals(library)) {
        return m.get("recordId").asLong();
      }
    }
    throw new AssertionError("no member of " + library);
  }

  private static JsonNode json(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return JSON.readTree(response.body());
  }

  private void upload(String library, MarcRecord record) throws Exception {
    byte[] file = Iso2709Writer.toBytes(record, MarcFlavour.MARC21);
    HttpResponse<String> accepted = http().postFile("/api/batches", library + System.nanoTime() + ".mrc",
        file, "library", library);
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
    String location = accepted.headers().firstValue("Location").orElseThrow();
    for (int i = 0; i < 600; i++) {
      JsonNode batch = JSON.readTree(http().get(location).body());
      if (batch.get("progress").get("finished").asBoolean()) {
        assertThat(batch.get("status").asString()).as(batch.toString()).isEqualTo("DONE");
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the upload did not finish in 60 s");
  }

  // The three libraries' versions of LC's record of "Summerland" (marc4j chabon.mrc, record 2).

  static MarcRecord summerland() throws IOException {
    Path file = Path.of("..", "ingest", "src", "test", "resources", "marc", "marc4j", "chabon.mrc");
    try (MarcReader reader = MarcReaders.open(file, ReadOptions.detect())) {
      reader.next();
      return reader.next().record().orElseThrow();
    }
  }

  static MarcRecord pkuVersion() throws IOException {
    return edit(summerland(), fields -> {
      add(fields, DataField.of("500", ' ', ' ', 'a', "(Summerland trilogy ; v. 1)"));
      add(fields, DataField.of("852", ' ', ' ', 'a', "PKU", 'h', "I712.45", 'i', "C431", 'p', "P0001"));
      return fields;
    });
  }

  static MarcRecord thuVersion() throws IOException {
    return edit(summerland(), fields -> {
      fields.removeIf(f -> f.tag().equals("020"));
      add(fields, DataField.of("020", ' ', ' ', 'a', "9780786808779"));
      add(fields, DataField.of("852", ' ', ' ', 'a', "THU", 'h', "813.54", 'i', "C431s", 'p', "T0001"));
      add(fields, DataField.of("852", ' ', ' ', 'a', "THU", 'h', "PZ7.C3315", 'i', "Su 2002", 'p', "T0002"));
      return fields;
    });
  }

  static MarcRecord bnuVersion() throws IOException {
    return edit(summerland(), fields -> {
      fields.removeIf(f -> f.tag().equals("020"));
      add(fields, DataField.of("020", ' ', ' ', 'a', "9780786816156", 'q', "pbk."));
      add(fields, DataField.of("490", '1', ' ', 'a', "Summerland trilogy ;", 'v', "v. 1"));
      add(fields, DataField.of("852", ' ', ' ', 'a', "BNU", 'h', "I712.45/C43", 'p', "B0001"));
      return fields;
    });
  }

  static MarcRecord edit(MarcRecord r, UnaryOperator<List<MarcField>> change) {
    return new MarcRecord(r.leader(), change.apply(new ArrayList<>(r.fields())));
  }

  static void add(List<MarcField> fields, MarcField field) {
    int at = fields.size();
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).tag().compareTo(field.tag()) > 0) {
        at = i;
        break;
      }
    }
    fields.add(at, field);
  }
}
