package org.unioncat.dedup.eval;

/**
 * One line of truth.csv: what a generated record is.
 *
 * @param library the uploading library
 * @param localId the record's 001 in that library
 * @param groupId records with the same group describe the same manifestation
 * @param cause for a duplicate, the cause (1-12) that made it one; for a record that carries a
 *     finding, the finding's cause (3, 5, 7, 10, 11, 12); otherwise 0
 * @param role original, duplicate or finding
 * @param finding whether the detector should report this record to the center
 * @param negativeOf for a record built to look like another group's record (a hard negative, a
 *     stale or mis-dated new edition, another volume, a wrong record), that group; else ""
 */
public record TruthRow(
    String library,
    String localId,
    String groupId,
    int cause,
    Role role,
    boolean finding,
    String negativeOf) {

  public static final String CSV_HEADER = "library,local_id,group_id,cause,role,finding,negative_of";

  public RecordKey key() {
    return new RecordKey(library, localId);
  }

  String toCsv() {
    return String.join(
        ",",
        csv(library),
        csv(localId),
        groupId,
        Integer.toString(cause),
        role.label(),
        finding ? "1" : "0",
        negativeOf);
  }

  private static String csv(String value) {
    return value.contains(",") || value.contains("\"")
        ? "\"" + value.replace("\"", "\"\"") + "\""
        : value;
  }
}
