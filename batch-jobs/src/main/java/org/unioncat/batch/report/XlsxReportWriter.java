package org.unioncat.batch.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Excel (.xlsx) through Apache POI's streaming {@link SXSSFWorkbook}: an overview sheet (title,
 * how to use the report, rows per cause), then one sheet per cause with a frozen, bold header row
 * and an autofilter over the rows. Only a window of rows is in memory (the rest is in POI's
 * temporary files), so a report of a million rows writes in bounded memory. A cause with more
 * rows than a sheet holds continues on "Cause 9 (2)".
 */
final class XlsxReportWriter implements ReportWriter {
  private static final int WINDOW = 200;
  private static final int[] WIDTHS = {8, 10, 16, 22, 22, 10, 10, 16, 10, 7, 30, 14, 60, 60, 10, 30};
  private static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();

  private final OutputStream out;
  private final SXSSFWorkbook book = new SXSSFWorkbook(WINDOW);
  private final Map<String, Integer> perCause = new LinkedHashMap<>();
  private ReportHeader header;
  private Sheet overview;
  private CellStyle bold;
  private CellStyle wrap;
  private SXSSFSheet sheet;
  private Integer sheetCause;
  private int sheetPart;
  private int nextRow;

  XlsxReportWriter(OutputStream out) {
    this.out = out;
    book.setCompressTempFiles(true);
  }

  @Override
  public void begin(ReportHeader h) {
    header = h;
    Font font = book.createFont();
    font.setBold(true);
    bold = book.createCellStyle();
    bold.setFont(font);
    wrap = book.createCellStyle();
    wrap.setWrapText(true);
    overview = book.createSheet(h.lang() == ReportLanguage.ZH ? "概览" : "Overview");
  }

  @Override
  public void row(CorrectionRow r) {
    if (sheet == null || !Objects.equals(sheetCause, r.cause())) {
      closeSheet();
      sheetCause = r.cause();
      sheetPart = 1;
      openSheet();
    } else if (nextRow == MAX_ROWS) {
      closeSheet();
      sheetPart++;
      openSheet();
    }
    Row row = sheet.createRow(nextRow++);
    List<String> cells = ReportWriter.cells(r, header.lang());
    for (int i = 0; i < cells.size(); i++) {
      // ids and numbers stay numbers, so that the filter sorts them as numbers
      boolean numeric = (i == 0 || i == 1 || i == 5 || i == 8 || i == 9) && !cells.get(i).isEmpty();
      if (numeric) {
        row.createCell(i).setCellValue(Double.parseDouble(cells.get(i)));
      } else {
        row.createCell(i).setCellValue(cells.get(i));
      }
    }
    perCause.merge(ReportText.causeLabel(r.cause(), header.lang()), 1, Integer::sum);
  }

  private void openSheet() {
    String name = ReportText.sheetName(sheetCause, header.lang())
        + (sheetPart > 1 ? " (" + sheetPart + ")" : "");
    sheet = book.createSheet(name);
    Row head = sheet.createRow(0);
    List<String> headings = ReportText.headings(header.lang());
    for (int i = 0; i < headings.size(); i++) {
      head.createCell(i).setCellValue(headings.get(i));
      head.getCell(i).setCellStyle(bold);
      sheet.setColumnWidth(i, WIDTHS[i] * 256);
    }
    sheet.createFreezePane(0, 1);
    nextRow = 1;
  }

  private void closeSheet() {
    if (sheet != null) {
      sheet.setAutoFilter(
          new CellRangeAddress(0, nextRow - 1, 0, ReportText.COLUMNS.size() - 1));
      sheet = null;
    }
  }

  @Override
  public void end() throws IOException {
    closeSheet();
    ReportLanguage lang = header.lang();
    overview.setColumnWidth(0, 70 * 256);
    overview.setColumnWidth(1, 12 * 256);
    int r = 0;
    Row title = overview.createRow(r++);
    title.createCell(0).setCellValue(header.title());
    title.getCell(0).setCellStyle(bold);
    Row intro = overview.createRow(r++);
    intro.createCell(0).setCellValue(ReportText.intro(lang));
    intro.getCell(0).setCellStyle(wrap);
    r++;
    if (perCause.isEmpty()) {
      overview.createRow(r).createCell(0).setCellValue(ReportText.empty(lang));
    } else {
      Row head = overview.createRow(r++);
      head.createCell(0).setCellValue(lang == ReportLanguage.ZH ? "原因" : "Cause");
      head.createCell(1).setCellValue(lang == ReportLanguage.ZH ? "行数" : "Rows");
      head.getCell(0).setCellStyle(bold);
      head.getCell(1).setCellStyle(bold);
      for (Map.Entry<String, Integer> e : perCause.entrySet()) {
        Row row = overview.createRow(r++);
        row.createCell(0).setCellValue(e.getKey());
        row.createCell(1).setCellValue(e.getValue());
      }
    }
    try {
      book.write(out);
      out.flush();
    } finally {
      book.close(); // also deletes the temporary files
    }
  }
}
