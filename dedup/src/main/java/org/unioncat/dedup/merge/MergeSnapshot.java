package org.unioncat.dedup.merge;

import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * Everything a merge changed, stored with it ({@code merge_event.snapshot}) so that undo restores
 * it exactly: each record row before and after, and each holding row moved.
 */
record MergeSnapshot(List<RowSnapshot> before, List<RowSnapshot> after, List<HoldingMove> holdings) {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  String toJson() {
    return JSON.writeValueAsString(this);
  }

  static MergeSnapshot fromJson(String json) {
    return JSON.readValue(json, MergeSnapshot.class);
  }
}
