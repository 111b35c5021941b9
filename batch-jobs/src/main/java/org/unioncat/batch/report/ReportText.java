package org.unioncat.batch.report;

import java.util.List;
import org.unioncat.dedup.Cause;

/** The words of the reports, in English and Chinese: column headings, cause names, titles. */
public final class ReportText {
  /** Column keys, in report order (also the CSV header and the JSON field names). */
  public static final List<String> COLUMNS =
      List.of("row_id", "record_id", "local_id", "call_numbers", "barcodes", "cluster_id",
          "keep_library", "keep_local_id", "keep_record_id", "cause", "cause_name", "kind",
          "action", "evidence", "mark", "mark_note");

  private static final List<String> HEADINGS_EN =
      List.of("Row", "Record id", "Local 001", "Call numbers", "Barcodes", "Cluster",
          "Keep / related: library", "Keep / related: 001", "Keep / related: record id", "Cause", "Cause name", "Kind",
          "Action", "Evidence", "Mark", "Mark note");
  private static final List<String> HEADINGS_ZH =
      List.of("行号", "记录号", "本馆001", "索书号", "条码", "重复簇", "保留/对照记录所属馆", "保留/对照记录001",
          "保留/对照记录号", "原因", "原因说明", "类别", "处理办法", "依据", "标记", "标记说明");

  private ReportText() {}

  public static List<String> headings(ReportLanguage lang) {
    return lang == ReportLanguage.ZH ? HEADINGS_ZH : HEADINGS_EN;
  }

  public static String causeName(Integer cause, ReportLanguage lang) {
    if (cause == null) {
      return lang == ReportLanguage.ZH ? "未指明原因" : "no cause named";
    }
    Cause c = Cause.ofNumber(cause);
    return lang == ReportLanguage.ZH ? c.nameZh() : c.nameEn();
  }

  public static String causeLabel(Integer cause, ReportLanguage lang) {
    return (cause == null ? "—" : cause.toString()) + " — " + causeName(cause, lang);
  }

  /** A sheet name for a cause: "Cause 9" / "原因 9" (Excel allows 31 characters). */
  public static String sheetName(Integer cause, ReportLanguage lang) {
    String n = cause == null ? (lang == ReportLanguage.ZH ? "其他" : "other") : cause.toString();
    return (lang == ReportLanguage.ZH ? "原因 " : "Cause ") + n;
  }

  public static String kind(RowKind kind, ReportLanguage lang) {
    switch (kind) {
      case DUPLICATE:
        return lang == ReportLanguage.ZH ? "重复记录" : "duplicate";
      case FINDING:
        return lang == ReportLanguage.ZH ? "查重发现" : "finding";
      default:
        return lang == ReportLanguage.ZH ? "记录自身问题" : "record problem";
    }
  }

  public static String title(String library, String libraryName, long runId, ReportLanguage lang) {
    return lang == ReportLanguage.ZH
        ? "纠错报告：" + libraryName + "（" + library + "），查重批次 " + runId
        : "Correction report: " + libraryName + " (" + library + "), duplicate detection run "
            + runId;
  }

  public static String intro(ReportLanguage lang) {
    return lang == ReportLanguage.ZH
        ? "本报告只列出本馆需要处理的记录。请按“处理办法”修改；改好的记录在下次查重后会自动从报告中消失。"
            + "对有异议的行可标记为“有异议”，联合目录中心会看到。"
        : "This report lists only what your library must act on. Follow the action on each row; a"
            + " row you have fixed in the catalog disappears from the next report by itself. Mark a"
            + " row \"disputed\" if you disagree: the union catalog center sees it.";
  }

  public static String empty(ReportLanguage lang) {
    return lang == ReportLanguage.ZH ? "本次查重没有需要本馆处理的记录。" : "Nothing for your library to fix in this run.";
  }
}
