package org.unioncat.api.review;

import java.security.Principal;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unioncat.dedup.merge.ClusterMerger;
import org.unioncat.dedup.merge.MergeEvent;
import org.unioncat.dedup.merge.UndoResult;

/** Merges: the list (of one cluster or all, newest first) and undo. */
@RestController
@RequestMapping("/api/merges")
class MergesController {
  private static final Logger log = LoggerFactory.getLogger(MergesController.class);
  private final ClusterMerger merger;

  MergesController(ClusterMerger merger) {
    this.merger = merger;
  }

  @GetMapping
  List<MergeEvent> list(
      @RequestParam(value = "cluster", required = false) Long cluster,
      @RequestParam(value = "limit", defaultValue = "100") int limit) {
    return merger.merges(cluster, limit);
  }

  /** Restores the records, holdings and fields exactly as before the merge (409 if they changed since). */
  @PostMapping("/{id}/undo")
  UndoResult undo(@PathVariable long id, Principal principal) {
    UndoResult result = merger.undo(id, Actors.of(principal));
    if (!result.indexed()) {
      log.warn("Undo of merge {} is stored but the search index was not updated;"
          + " run 'unioncat reindex' to repair it", id);
    }
    return result;
  }
}
