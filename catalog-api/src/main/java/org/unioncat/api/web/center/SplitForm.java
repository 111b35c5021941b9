package org.unioncat.api.web.center;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.unioncat.error.InvalidRequestException;

/**
 * Reads the split form: one {@code group-<recordId>} select per record (A, B, C); a record the
 * form does not name stays in group A. Groups come out in the order of the cluster's records.
 */
final class SplitForm {
  private SplitForm() {}

  static List<List<Long>> groups(long clusterId, List<Long> memberIds, Map<String, String> form) {
    Map<String, List<Long>> byGroup = new LinkedHashMap<>();
    for (long recordId : memberIds) {
      String g = form.getOrDefault("group-" + recordId, "A");
      byGroup.computeIfAbsent(g, k -> new ArrayList<>()).add(recordId);
    }
    if (byGroup.size() < 2) {
      throw new InvalidRequestException(
          "To split cluster " + clusterId + ", put at least one record in another group.",
          "拆分重复组 " + clusterId + " 时，请至少将一条记录放入另一组。");
    }
    return new ArrayList<>(byGroup.values());
  }
}
