package org.unioncat.api.web.center;

import java.util.Locale;

/**
 * What the reviewer asked the queue for. Null fields do not filter.
 *
 * @param cause a cause number 1-12 named on a member
 * @param library a library with a record in the cluster (upper case)
 * @param uploader who uploaded one of the cluster's records
 * @param maxScore the least confident member scores at most this
 * @param status a review status, OPEN (to review) by default, or ALL
 * @param sort LOW_SCORE (least confident first, default), HIGH_SCORE, SIZE (largest first) or ID
 * @param page the page, from 0
 */
public record QueueFilter(
    Integer cause, String library, String uploader, Double maxScore, Status status, Sort sort,
    int page) {

  /** The review statuses of {@link org.unioncat.dedup.merge.ClusterStatus}, and ALL. */
  public enum Status { OPEN, KEEP_CHOSEN, MERGED, REJECTED, SPLIT, ALL }

  public enum Sort { LOW_SCORE, HIGH_SCORE, SIZE, ID }

  public QueueFilter {
    library = blankToNull(library);
    library = library == null ? null : library.toUpperCase(Locale.ROOT);
    uploader = blankToNull(uploader);
    status = status == null ? Status.OPEN : status;
    sort = sort == null ? Sort.LOW_SCORE : sort;
    page = Math.max(0, page);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
