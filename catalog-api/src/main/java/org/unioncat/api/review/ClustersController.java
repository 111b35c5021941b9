package org.unioncat.api.review;

import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unioncat.dedup.merge.ClusterMerger;
import org.unioncat.dedup.merge.ClusterStatus;
import org.unioncat.dedup.merge.MergeResult;
import org.unioncat.dedup.merge.ReviewDecisions;
import org.unioncat.dedup.merge.ReviewQueue;
import org.unioncat.error.InvalidRequestException;
import org.unioncat.error.NotFoundException;
import org.unioncat.ingest.store.CatalogQueries;

/**
 * The review queue and the decisions on one cluster of the latest duplicate detection run. Every
 * change is one transaction with its audit entry, made in the name of the request's principal.
 */
@RestController
@RequestMapping("/api/clusters")
class ClustersController {
  private static final Logger log = LoggerFactory.getLogger(ClustersController.class);
  private final ReviewQueue queue;
  private final ReviewDecisions decisions;
  private final ClusterMerger merger;
  private final CatalogQueries queries;

  ClustersController(
      ReviewQueue queue, ReviewDecisions decisions, ClusterMerger merger, CatalogQueries queries) {
    this.queue = queue;
    this.decisions = decisions;
    this.merger = merger;
    this.queries = queries;
  }

  /** Request body of a merge: the record to keep, or none for the chosen or detected one. */
  record MergeRequest(Long keepRecordId) {}

  /** Request body of a split: the groups of record ids. */
  record SplitRequest(List<List<Long>> groups) {}

  /** Request body of a keep choice. */
  record KeepRequest(Long recordId) {}

  /**
   * The latest run's clusters with their review status, filtered and paged. {@code score} is a
   * cluster's weakest link (its lowest member score).
   */
  @GetMapping
  Map<String, Object> list(
      @RequestParam(value = "cause", required = false) Integer cause,
      @RequestParam(value = "library", required = false) String library,
      @RequestParam(value = "uploader", required = false) String uploader,
      @RequestParam(value = "status", required = false) String status,
      @RequestParam(value = "minScore", required = false) Double minScore,
      @RequestParam(value = "maxScore", required = false) Double maxScore,
      @RequestParam(value = "sort", defaultValue = "-score") String sort,
      @RequestParam(value = "page", defaultValue = "0") int page,
      @RequestParam(value = "size", defaultValue = "20") int size) {
    if (cause != null && (cause < 1 || cause > 12)) {
      throw new InvalidRequestException(
          "Unknown cause " + cause + "; causes are numbered 1 to 12.",
          "未知的原因编号 " + cause + "；原因编号为 1 至 12。");
    }
    ReviewQueue.Filter filter = new ReviewQueue.Filter(
        cause, blankToNull(library) == null ? null : library.trim().toUpperCase(Locale.ROOT),
        blankToNull(uploader), status(status), minScore, maxScore);
    ReviewQueue.Page result = queue.page(filter, sort(sort), page, size);
    List<Map<String, Object>> clusters = new ArrayList<>();
    result.clusters().forEach(e -> clusters.add(ClusterViews.summary(e)));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("runId", result.runId());
    out.put("total", result.total());
    out.put("page", result.page());
    out.put("size", result.size());
    out.put("clusters", clusters);
    return out;
  }

  @GetMapping("/{id}")
  Map<String, Object> show(@PathVariable long id) {
    ReviewQueue.Entry entry = queue.cluster(id).orElseThrow(() -> new NotFoundException(
        "The latest duplicate detection run has no cluster " + id + ".",
        "最近一次查重中没有编号为 " + id + " 的重复组。"));
    return ClusterViews.detail(queue.latestRunId(), entry, queries, merger.merges(id, 100));
  }

  @PostMapping("/{id}/merge")
  MergeResult merge(
      @PathVariable long id, @RequestBody(required = false) MergeRequest body, Principal principal) {
    MergeResult result = merger.merge(id, body == null ? null : body.keepRecordId(), Actors.of(principal));
    if (!result.indexed()) {
      log.warn("Merge {} of cluster {} is stored but the search index was not updated;"
          + " run 'unioncat reindex' to repair it", result.mergeId(), id);
    }
    return result;
  }

  @PostMapping("/{id}/reject")
  ReviewDecisions.Decided reject(@PathVariable long id, Principal principal) {
    return decisions.rejectCluster(id, Actors.of(principal));
  }

  @PostMapping("/{id}/split")
  ReviewDecisions.Decided split(
      @PathVariable long id, @RequestBody SplitRequest body, Principal principal) {
    if (body == null || body.groups() == null) {
      throw new InvalidRequestException(
          "Give the groups to split the cluster into, e.g. {\"groups\": [[1, 2], [3]]}.",
          "请给出拆分后的分组，例如 {\"groups\": [[1, 2], [3]]}。");
    }
    return decisions.split(id, body.groups(), Actors.of(principal));
  }

  @PutMapping("/{id}/keep")
  ReviewDecisions.Decided keep(
      @PathVariable long id, @RequestBody KeepRequest body, Principal principal) {
    if (body == null || body.recordId() == null) {
      throw new InvalidRequestException(
          "Give the record to keep, e.g. {\"recordId\": 12}.", "请给出要保留的记录，例如 {\"recordId\": 12}。");
    }
    return decisions.chooseKeep(id, body.recordId(), Actors.of(principal));
  }

  private static ClusterStatus status(String status) {
    if (blankToNull(status) == null) {
      return null;
    }
    try {
      return ClusterStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(
          "Unknown review status '" + status + "'; use open, merged, rejected, split or keep_chosen.",
          "未知的审核状态“" + status + "”；请使用 open、merged、rejected、split 或 keep_chosen。");
    }
  }

  private static ReviewQueue.Sort sort(String sort) {
    return switch (sort.trim().toLowerCase(Locale.ROOT)) {
      case "score" -> ReviewQueue.Sort.SCORE;
      case "-score" -> ReviewQueue.Sort.SCORE_DESC;
      case "size" -> ReviewQueue.Sort.SIZE;
      case "id" -> ReviewQueue.Sort.ID;
      default -> throw new InvalidRequestException(
          "Unknown sort '" + sort + "'; use score, -score, size or id.",
          "未知的排序方式“" + sort + "”；请使用 score、-score、size 或 id。");
    };
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
