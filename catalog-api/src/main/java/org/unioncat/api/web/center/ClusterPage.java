package org.unioncat.api.web.center;

import java.util.List;

/**
 * One cluster side by side: a column per record (the kept record first), a row per label.
 *
 * @param clusterId the cluster
 * @param runId the detection run it comes from
 * @param keepId the record to keep
 * @param status the review status: OPEN, KEEP_CHOSEN, MERGED, REJECTED or SPLIT
 * @param members the columns
 * @param rows the description, label by label, cells that differ from the kept record marked
 * @param canMerge whether the merge service is available to this page
 * @param canUndo whether undo is offered (the cluster is merged and undo is available)
 * @param canChangeKept whether choosing another kept record is available
 * @param canReject whether reject and split are offered (not on a merged cluster: undo first)
 */
public record ClusterPage(
    long clusterId,
    long runId,
    long keepId,
    String status,
    List<Member> members,
    List<Row> rows,
    boolean canMerge,
    boolean canUndo,
    boolean canChangeKept,
    boolean canReject) {

  /**
   * A record of the cluster.
   *
   * @param causeName the cause's name in the page's language, "" when none
   * @param recordStatus the record's status in the catalog (ACTIVE, MERGED...)
   * @param mergedInto the record it was merged into, or null
   */
  public record Member(
      long recordId, String library, String localId, String role, Integer cause, String causeName,
      double score, String explanation, String action, boolean kept, String recordStatus,
      Long mergedInto, List<Holding> holdings) {}

  public record Holding(String library, String callNumber, String barcode, String location) {}

  /** A label and one cell per member, in member order. */
  public record Row(String labelKey, List<Cell> cells) {}

  /** @param differs the text is not what the kept record says */
  public record Cell(String text, boolean differs) {}
}
