package org.unioncat.dedup.run;

import java.util.List;
import org.unioncat.dedup.cluster.Cluster;
import org.unioncat.dedup.cluster.Finding;
import org.unioncat.dedup.cluster.ReviewSuggestion;

/**
 * What a run found.
 *
 * @param clusters clusters of two or more records, by cluster id
 * @param findings findings, by record id then cause
 * @param reviewSuggestions pairs for a reviewer, by pair
 * @param statistics the run's numbers
 */
public record DedupResult(
    List<Cluster> clusters,
    List<Finding> findings,
    List<ReviewSuggestion> reviewSuggestions,
    RunStatistics statistics) {

  public DedupResult {
    clusters = List.copyOf(clusters);
    findings = List.copyOf(findings);
    reviewSuggestions = List.copyOf(reviewSuggestions);
  }
}
