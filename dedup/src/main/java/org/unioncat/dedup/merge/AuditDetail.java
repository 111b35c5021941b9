package org.unioncat.dedup.merge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.unioncat.ingest.load.ContentHash;

/** Pieces of the audit entries and messages of merges and undos. */
final class AuditDetail {
  private AuditDetail() {}

  /** Each record's status, target and raw MARC digest, for the audit entry's before/after. */
  static List<Map<String, Object>> statuses(Map<Long, RowSnapshot> rows) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (RowSnapshot r : rows.values()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("recordId", r.id());
      m.put("library", r.libraryCode());
      m.put("localId", r.localId());
      m.put("status", r.status());
      m.put("mergedInto", r.mergedInto());
      m.put("rawSha256", ContentHash.of(r.raw()));
      out.add(m);
    }
    return out;
  }

  static String join(List<Long> ids) {
    Set<Long> unique = new LinkedHashSet<>(ids);
    return unique.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }
}
