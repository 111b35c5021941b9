package org.unioncat.api.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.unioncat.dedup.Cause;
import org.unioncat.dedup.cluster.ClusterMember;
import org.unioncat.dedup.merge.MergeEvent;
import org.unioncat.dedup.merge.ReviewQueue;
import org.unioncat.ingest.normalize.NormalizedRecordJson;
import org.unioncat.ingest.store.CatalogQueries;
import org.unioncat.ingest.store.StoredHolding;
import org.unioncat.ingest.store.StoredRecord;

/** The JSON shapes of the review API: a queue entry, and one cluster side by side. */
final class ClusterViews {
  private ClusterViews() {}

  /** One cluster in the queue: its numbers, causes, libraries and members (without records). */
  static Map<String, Object> summary(ReviewQueue.Entry e) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("clusterId", e.cluster().id());
    out.put("keepRecordId", e.cluster().keepId());
    out.put("size", e.cluster().size());
    out.put("score", e.score());
    out.put("status", e.status().name());
    Set<Integer> causes = new LinkedHashSet<>();
    Set<String> libraries = new LinkedHashSet<>();
    List<Map<String, Object>> members = new ArrayList<>();
    for (ClusterMember m : e.cluster().members()) {
      m.cause().ifPresent(c -> causes.add(c.number()));
      libraries.add(m.library());
      Map<String, Object> member = new LinkedHashMap<>();
      member.put("recordId", m.recordId());
      member.put("library", m.library());
      member.put("localId", m.localId());
      member.put("role", m.role().name());
      member.put("cause", m.cause().map(Cause::number).orElse(null));
      member.put("score", m.score());
      members.add(member);
    }
    out.put("causes", causes);
    out.put("libraries", libraries);
    out.put("members", members);
    return out;
  }

  /**
   * One cluster for review: each member with its record (status, title, normalized fields), its
   * holdings, the comparison with the kept record and the action, in English and Chinese.
   */
  static Map<String, Object> detail(
      long runId, ReviewQueue.Entry e, CatalogQueries queries, List<MergeEvent> merges) {
    Map<String, Object> out = summary(e);
    out.put("runId", runId);
    List<Map<String, Object>> members = new ArrayList<>();
    for (ClusterMember m : e.cluster().members()) {
      Map<String, Object> member = new LinkedHashMap<>();
      member.put("recordId", m.recordId());
      member.put("library", m.library());
      member.put("localId", m.localId());
      member.put("role", m.role().name());
      member.put("cause", m.cause().map(ClusterViews::cause).orElse(null));
      member.put("score", m.score());
      member.put("explanation", Map.of("en", m.explanationEn(), "zh", m.explanationZh()));
      member.put("action", Map.of("en", m.actionEn(), "zh", m.actionZh()));
      Optional<StoredRecord> record = queries.record(m.recordId());
      Map<String, Object> r = new LinkedHashMap<>();
      record.ifPresent(s -> {
        r.put("status", s.status().name());
        r.put("mergedInto", s.mergedInto());
        r.put("title", s.title());
        r.put("flavour", s.flavour());
        r.put("updatedAt", s.updatedAt().toString());
        r.put("normalized", s.normalizedJson() == null ? null
            : NormalizedRecordJson.mapper().readTree(s.normalizedJson()));
      });
      member.put("record", record.isPresent() ? r : null);
      List<Map<String, Object>> holdings = new ArrayList<>();
      for (StoredHolding h : queries.holdings(m.recordId())) {
        Map<String, Object> holding = new LinkedHashMap<>();
        holding.put("id", h.id());
        holding.put("library", h.libraryCode());
        holding.put("callNumber", h.callNumber());
        holding.put("barcode", h.barcode());
        holding.put("location", h.location());
        holdings.add(holding);
      }
      member.put("holdings", holdings);
      members.add(member);
    }
    out.put("members", members);
    out.put("merges", merges);
    return out;
  }

  private static Map<String, Object> cause(Cause c) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("number", c.number());
    out.put("en", c.nameEn());
    out.put("zh", c.nameZh());
    return out;
  }
}
