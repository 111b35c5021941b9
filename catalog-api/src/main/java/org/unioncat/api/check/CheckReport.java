package org.unioncat.api.check;

import java.util.List;

/**
 * What the pre-upload check found: per record its findings and the catalog records it would
 * duplicate. {@code recordsRead} counts every record of the file, {@code recordsChecked} those
 * examined (at most {@link CheckService#MAX_RECORDS} per request).
 */
public record CheckReport(
    long recordsRead,
    long recordsChecked,
    long recordsWithErrors,
    long recordsWithDuplicates,
    List<RecordCheck> records) {

  /** One record of the file. */
  public record RecordCheck(
      long recordNo,
      String localId,
      String title,
      boolean wouldBeRefused,
      List<CheckedFinding> findings,
      List<Duplicate> duplicates) {}

  /** A validation finding, in both languages. */
  public record CheckedFinding(
      String severity, String code, String field, String messageEn, String messageZh) {}

  /** A catalog record the checked record would duplicate: DUPLICATE or POSSIBLE (for review). */
  public record Duplicate(
      long recordId,
      String library,
      String localId,
      String title,
      String verdict,
      double score,
      Integer cause,
      String explanationEn,
      String explanationZh) {}
}
