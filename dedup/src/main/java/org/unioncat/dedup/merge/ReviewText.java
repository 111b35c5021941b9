package org.unioncat.dedup.merge;

import org.unioncat.error.NotFoundException;

/** Messages the review operations share, in English and Chinese. */
final class ReviewText {
  private ReviewText() {}

  static NotFoundException noRun() {
    return new NotFoundException(
        "Duplicate detection has not run yet, so there are no clusters to review; run it first"
            + " (unioncat dedup, or the nightly job).",
        "尚未进行查重，没有待审核的重复组；请先运行查重（unioncat dedup 或夜间任务）。");
  }

  static NotFoundException noCluster(long clusterId) {
    return new NotFoundException(
        "The latest duplicate detection run has no cluster " + clusterId + ".",
        "最近一次查重中没有编号为 " + clusterId + " 的重复组。");
  }

  static String statusZh(String status) {
    return switch (status) {
      case "ACTIVE" -> "有效";
      case "MERGED" -> "已合并";
      case "DELETED" -> "已删除";
      case "QUARANTINED" -> "已隔离";
      default -> status;
    };
  }
}
