package org.unioncat.batch.report;

/** The formats a correction report is written in. */
public enum ReportFormat {
  CSV("text/csv; charset=UTF-8", "csv"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
  HTML("text/html; charset=UTF-8", "html"),
  JSON("application/json", "json");

  private final String contentType;
  private final String extension;

  ReportFormat(String contentType, String extension) {
    this.contentType = contentType;
    this.extension = extension;
  }

  public String contentType() {
    return contentType;
  }

  public String extension() {
    return extension;
  }

  /** "csv", "XLSX", ...; throws IllegalArgumentException naming the choices. */
  public static ReportFormat parse(String value) {
    for (ReportFormat f : values()) {
      if (f.extension.equalsIgnoreCase(value == null ? "" : value.trim())) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "format must be csv, xlsx, html or json, was \"" + value + "\"");
  }

  /** A writer for this format on {@code out} (not closed by the writer). */
  public ReportWriter writer(java.io.OutputStream out) {
    switch (this) {
      case CSV:
        return new CsvReportWriter(out);
      case XLSX:
        return new XlsxReportWriter(out);
      case HTML:
        return new HtmlReportWriter(out);
      default:
        return new JsonReportWriter(out);
    }
  }
}
