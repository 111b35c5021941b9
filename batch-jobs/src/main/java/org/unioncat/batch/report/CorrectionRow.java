package org.unioncat.batch.report;

import java.util.Optional;
import org.unioncat.dedup.Cause;

/**
 * One row of a library's correction report: the library's record, why it is listed, the record to
 * keep where there is one, the exact action and the evidence in one line, in English and Chinese.
 *
 * @param id the stored row's id in its run (0 before it is stored); marks are posted against it
 * @param runId the duplicate detection run the row comes from
 * @param library the library that must act (the record's uploading library)
 * @param rowKey stable across runs: library, record, cause and the kept (or related) record, or
 *     the validation code; marks are kept by it
 * @param kind duplicate, finding, or the record's own problem
 * @param recordId the library's record (catalog id)
 * @param localId its 001
 * @param callNumbers the library's call numbers on the record, "; "-separated ("" when none)
 * @param barcodes the library's barcodes on the record, "; "-separated ("" when none)
 * @param clusterId the duplicate cluster the record (or its related record) is in, or null
 * @param keepRecordId the record to keep (or the related record of a finding), or null
 * @param keepLibrary that record's library, or null
 * @param keepLocalId that record's 001, or null
 * @param cause the cause 1-12, or null when the detector named none
 * @param code the validation finding code (RECORD rows) or the member's role
 * @param uploadedBy who uploaded the record (user or vendor), or null
 * @param actionEn the exact action, English
 * @param actionZh the same in Chinese
 * @param evidenceEn the evidence in one line, English
 * @param evidenceZh the same in Chinese
 * @param mark the library's mark on the row key (OPEN when unmarked)
 * @param markNote the note that came with the mark, or null
 */
public record CorrectionRow(
    long id,
    long runId,
    String library,
    String rowKey,
    RowKind kind,
    long recordId,
    String localId,
    String callNumbers,
    String barcodes,
    Long clusterId,
    Long keepRecordId,
    String keepLibrary,
    String keepLocalId,
    Integer cause,
    String code,
    String uploadedBy,
    String actionEn,
    String actionZh,
    String evidenceEn,
    String evidenceZh,
    MarkStatus mark,
    String markNote) {

  public CorrectionRow {
    callNumbers = callNumbers == null ? "" : callNumbers;
    barcodes = barcodes == null ? "" : barcodes;
    mark = mark == null ? MarkStatus.OPEN : mark;
  }

  public Optional<Cause> causeValue() {
    return cause == null ? Optional.empty() : Optional.of(Cause.ofNumber(cause));
  }

  public String action(ReportLanguage lang) {
    return lang == ReportLanguage.ZH ? actionZh : actionEn;
  }

  public String evidence(ReportLanguage lang) {
    return lang == ReportLanguage.ZH ? evidenceZh : evidenceEn;
  }

  /** "9 — the same record downloaded again without holdings", or "—" when none was named. */
  public String causeLabel(ReportLanguage lang) {
    return ReportText.causeLabel(cause, lang);
  }

  /** The same row with holdings filled in. */
  CorrectionRow withHoldings(String calls, String codes) {
    return new CorrectionRow(id, runId, library, rowKey, kind, recordId, localId, calls, codes,
        clusterId, keepRecordId, keepLibrary, keepLocalId, cause, code, uploadedBy, actionEn,
        actionZh, evidenceEn, evidenceZh, mark, markNote);
  }

  /**
   * The content that identifies a row across rebuilds and runs (everything but the stored id and
   * the run): two builds of the same catalog give equal contents.
   */
  public String content() {
    return String.join("|", library, rowKey, kind.name(), Long.toString(recordId),
        String.valueOf(localId), callNumbers, barcodes, String.valueOf(clusterId),
        String.valueOf(keepRecordId), String.valueOf(keepLibrary), String.valueOf(keepLocalId),
        String.valueOf(cause), code, String.valueOf(uploadedBy), actionEn, actionZh, evidenceEn,
        evidenceZh, mark.name(), String.valueOf(markNote));
  }
}
