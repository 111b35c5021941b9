package org.unioncat.batch.report;

/** A library's mark on a report row. */
public enum MarkStatus {
  /** Not marked, or marked open again. */
  OPEN("open", "待处理"),
  /** The library says it has fixed it (the next run confirms: a fixed row is no longer found). */
  FIXED("fixed", "已修改"),
  /** The library disagrees; the row stays visible, with the mark, to the library and the center. */
  DISPUTED("disputed", "有异议");

  private final String en;
  private final String zh;

  MarkStatus(String en, String zh) {
    this.en = en;
    this.zh = zh;
  }

  public String label(ReportLanguage lang) {
    return lang == ReportLanguage.ZH ? zh : en;
  }

  /** Parses "fixed", "DISPUTED", ...; throws IllegalArgumentException naming the choices. */
  public static MarkStatus parse(String value) {
    if (value != null) {
      for (MarkStatus s : values()) {
        if (s.name().equalsIgnoreCase(value.trim())) {
          return s;
        }
      }
    }
    throw new IllegalArgumentException(
        "status must be FIXED, DISPUTED or OPEN, was \"" + value + "\"");
  }
}
