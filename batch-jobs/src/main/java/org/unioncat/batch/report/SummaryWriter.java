package org.unioncat.batch.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.unioncat.batch.report.CenterSummary.Counts;
import org.unioncat.batch.report.CenterSummary.MonthPoint;
import org.unioncat.batch.report.CenterSummary.RunSummary;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The center's summary and trends as JSON, CSV and HTML. The trends page plots its series as
 * server-rendered inline SVG (no script), and its CSV carries the same numbers.
 */
public final class SummaryWriter {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String[] MEASURES =
      {"clusters", "duplicates", "findings", "record_problems", "disputed"};
  public static final String TRENDS_CSV_HEADER = "month,last_run,runs,clusters,duplicates,"
      + "findings,record_problems,disputed,new_rows,resolved_rows";

  private SummaryWriter() {}

  // ---- summary --------------------------------------------------------------------------------

  public static void json(RunSummary s, OutputStream out) throws IOException {
    ObjectNode o = JSON.createObjectNode();
    o.put("run_id", s.runId());
    o.put("finished_at", s.finishedAt() == null ? null : s.finishedAt().toString());
    o.put("previous_run_id", s.previousRunId());
    o.put("month", s.month() == null ? null : s.month().toString());
    o.set("total", counts(s.total()));
    ObjectNode cause = o.putObject("by_cause");
    s.byCause().forEach((k, v) -> cause.set(Integer.toString(k), counts(v)));
    ObjectNode lib = o.putObject("by_library");
    s.byLibrary().forEach((k, v) -> lib.set(k, counts(v)));
    ObjectNode up = o.putObject("by_uploader");
    s.byUploader().forEach((k, v) -> up.set(k, counts(v)));
    o.put("new_rows", s.newRows());
    o.put("resolved_rows", s.resolvedRows());
    o.put("new_clusters", s.newClusters());
    o.put("resolved_clusters", s.resolvedClusters());
    var disputed = o.putArray("disputed");
    s.disputed().forEach(r -> disputed.add(JsonReportWriter.node(r).put("library", r.library())));
    out.write(JSON.writeValueAsBytes(o));
    out.flush();
  }

  private static ObjectNode counts(Counts c) {
    ObjectNode o = JSON.createObjectNode();
    o.put("clusters", c.clusters());
    o.put("duplicates", c.duplicates());
    o.put("findings", c.findings());
    o.put("record_problems", c.recordProblems());
    o.put("disputed", c.disputed());
    return o;
  }

  private static long[] values(Counts c) {
    return new long[] {c.clusters(), c.duplicates(), c.findings(), c.recordProblems(), c.disputed()};
  }

  /** Long format: {@code section,key,measure,value}; sections total, cause, library, uploader, change. */
  public static void csv(RunSummary s, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write("run_id,section,key,measure,value\r\n");
    csvCounts(w, s.runId(), "total", Map.of("all", s.total()));
    Map<String, Counts> causes = new java.util.LinkedHashMap<>();
    s.byCause().forEach((k, v) -> causes.put(Integer.toString(k), v));
    csvCounts(w, s.runId(), "cause", causes);
    csvCounts(w, s.runId(), "library", s.byLibrary());
    csvCounts(w, s.runId(), "uploader", s.byUploader());
    String[][] change = {{"new_rows", Long.toString(s.newRows())},
        {"resolved_rows", Long.toString(s.resolvedRows())},
        {"new_clusters", Long.toString(s.newClusters())},
        {"resolved_clusters", Long.toString(s.resolvedClusters())}};
    for (String[] c : change) {
      w.write(s.runId() + ",change," + (s.month() == null ? "" : "month_" + s.month() + "_")
          + "since_run_" + s.previousRunId() + "," + c[0] + "," + c[1] + "\r\n");
    }
    w.flush();
  }

  private static void csvCounts(Writer w, long run, String section, Map<String, Counts> rows)
      throws IOException {
    for (Map.Entry<String, Counts> e : rows.entrySet()) {
      long[] v = values(e.getValue());
      for (int i = 0; i < MEASURES.length; i++) {
        w.write(run + "," + section + "," + Csv.cell(e.getKey()) + "," + MEASURES[i] + "," + v[i]
            + "\r\n");
      }
    }
  }

  public static void html(RunSummary s, ReportLanguage lang, OutputStream out) throws IOException {
    boolean zh = lang == ReportLanguage.ZH;
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    String title = s.month() != null
        ? (zh ? "联合目录查重汇总：" + s.month() + "（月末批次 " + s.runId() + "）"
            : "Consortium summary: " + s.month() + " (last run " + s.runId() + ")")
        : zh ? "联合目录查重汇总：批次 " + s.runId() : "Consortium summary: run " + s.runId();
    w.write("<!DOCTYPE html>\n<html lang=\"" + lang.tag() + "\"><head><meta charset=\"utf-8\"><title>"
        + Html.esc(title) + "</title>" + Html.STYLE + "</head><body>\n<h1>" + Html.esc(title)
        + "</h1>\n");
    w.write("<p id=\"change\">" + Html.esc(zh
        ? "与批次 " + s.previousRunId() + " 相比：新增 " + s.newRows() + " 行，已解决 "
            + s.resolvedRows() + " 行；新增重复簇 " + s.newClusters() + " 个，已解决 "
            + s.resolvedClusters() + " 个。"
        : "Since run " + s.previousRunId() + ": " + s.newRows() + " new rows, " + s.resolvedRows()
            + " resolved; " + s.newClusters() + " new clusters, " + s.resolvedClusters()
            + " resolved.") + "</p>\n");
    Map<String, Counts> causes = new java.util.LinkedHashMap<>();
    s.byCause().forEach((k, v) -> causes.put(ReportText.causeLabel(k == 0 ? null : k, lang), v));
    table(w, "by-cause", zh ? "按原因" : "By cause", zh ? "原因" : "Cause", causes, lang);
    table(w, "by-library", zh ? "按成员馆" : "By library", zh ? "成员馆" : "Library", s.byLibrary(), lang);
    table(w, "by-uploader", zh ? "按上传者（含编目外包商）" : "By uploader (vendors included)",
        zh ? "上传者" : "Uploader", s.byUploader(), lang);
    w.write("<h2>" + Html.esc(zh ? "有异议的行" : "Disputed rows") + "</h2>\n<table id=\"disputed\">"
        + "<thead><tr><th>" + Html.esc(zh ? "成员馆" : "Library") + "</th><th>001</th><th>"
        + Html.esc(zh ? "原因" : "Cause") + "</th><th>" + Html.esc(zh ? "处理办法" : "Action")
        + "</th><th>" + Html.esc(zh ? "标记说明" : "Note") + "</th></tr></thead><tbody>\n");
    for (CorrectionRow r : s.disputed()) {
      w.write("<tr><td>" + Html.esc(r.library()) + "</td><td>" + Html.esc(r.localId()) + "</td><td>"
          + Html.esc(r.causeLabel(lang)) + "</td><td>" + Html.esc(r.action(lang)) + "</td><td>"
          + Html.esc(r.markNote()) + "</td></tr>\n");
    }
    w.write("</tbody></table>\n</body></html>\n");
    w.flush();
  }

  private static void table(Writer w, String id, String title, String keyHeading,
      Map<String, Counts> rows, ReportLanguage lang) throws IOException {
    boolean zh = lang == ReportLanguage.ZH;
    String[] heads = zh ? new String[] {"重复簇", "重复记录", "查重发现", "记录自身问题", "有异议"}
        : new String[] {"Clusters", "Duplicates", "Findings", "Record problems", "Disputed"};
    w.write("<h2>" + Html.esc(title) + "</h2>\n<table id=\"" + id + "\"><thead><tr><th>"
        + Html.esc(keyHeading) + "</th>");
    for (String h : heads) {
      w.write("<th>" + Html.esc(h) + "</th>");
    }
    w.write("</tr></thead><tbody>\n");
    for (Map.Entry<String, Counts> e : rows.entrySet()) {
      w.write("<tr><td>" + Html.esc(e.getKey().isEmpty() ? "—" : e.getKey()) + "</td>");
      for (long v : values(e.getValue())) {
        w.write("<td>" + v + "</td>");
      }
      w.write("</tr>\n");
    }
    w.write("</tbody></table>\n");
  }

  // ---- trends ---------------------------------------------------------------------------------

  public static void trendsCsv(List<MonthPoint> points, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write(TRENDS_CSV_HEADER + "\r\n");
    for (MonthPoint p : points) {
      long[] v = values(p.state());
      w.write(p.month() + "," + p.lastRunId() + "," + p.runs() + "," + v[0] + "," + v[1] + ","
          + v[2] + "," + v[3] + "," + v[4] + "," + p.newRows() + "," + p.resolvedRows() + "\r\n");
    }
    w.flush();
  }

  /** An HTML page with one SVG line chart of the monthly series, and the numbers as a table. */
  public static void trendsHtml(List<MonthPoint> points, ReportLanguage lang, OutputStream out)
      throws IOException {
    boolean zh = lang == ReportLanguage.ZH;
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    String title = zh ? "联合目录查重趋势（按月）" : "Duplicate trends by month";
    w.write("<!DOCTYPE html>\n<html lang=\"" + lang.tag() + "\"><head><meta charset=\"utf-8\"><title>"
        + Html.esc(title) + "</title>" + Html.STYLE + "</head><body>\n<h1>" + Html.esc(title)
        + "</h1>\n");
    String[] names = zh ? new String[] {"重复簇", "重复记录", "查重发现", "新增行", "已解决行"}
        : new String[] {"clusters", "duplicates", "findings", "new rows", "resolved rows"};
    String[] colors = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd"};
    long[][] series = new long[5][points.size()];
    long max = 1;
    for (int i = 0; i < points.size(); i++) {
      MonthPoint p = points.get(i);
      long[] v = {p.state().clusters(), p.state().duplicates(), p.state().findings(), p.newRows(),
          p.resolvedRows()};
      for (int s = 0; s < 5; s++) {
        series[s][i] = v[s];
        max = Math.max(max, v[s]);
      }
    }
    int width = 720;
    int height = 320;
    int left = 60;
    int bottom = 40;
    int plotW = width - left - 40;
    int plotH = height - bottom - 20;
    w.write("<svg id=\"trend-chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"" + width
        + "\" height=\"" + height + "\" role=\"img\" aria-label=\"" + Html.esc(title) + "\">\n");
    w.write("<line x1=\"" + left + "\" y1=\"20\" x2=\"" + left + "\" y2=\"" + (20 + plotH)
        + "\" stroke=\"#333\"/><line x1=\"" + left + "\" y1=\"" + (20 + plotH) + "\" x2=\""
        + (left + plotW) + "\" y2=\"" + (20 + plotH) + "\" stroke=\"#333\"/>\n");
    w.write("<text x=\"" + (left - 6) + "\" y=\"24\" text-anchor=\"end\" font-size=\"11\">" + max
        + "</text><text x=\"" + (left - 6) + "\" y=\"" + (20 + plotH) + "\" text-anchor=\"end\""
        + " font-size=\"11\">0</text>\n");
    for (int i = 0; i < points.size(); i++) {
      w.write("<text x=\"" + x(i, points.size(), left, plotW) + "\" y=\"" + (20 + plotH + 16)
          + "\" text-anchor=\"middle\" font-size=\"11\">" + points.get(i).month() + "</text>\n");
    }
    for (int s = 0; s < 5; s++) {
      StringBuilder pts = new StringBuilder();
      for (int i = 0; i < points.size(); i++) {
        double y = 20 + plotH - (double) series[s][i] / max * plotH;
        pts.append(pts.length() == 0 ? "" : " ").append(x(i, points.size(), left, plotW))
            .append(',').append(String.format(Locale.ROOT, "%.1f", y));
      }
      for (int i = 0; i < points.size(); i++) {
        double y = 20 + plotH - (double) series[s][i] / max * plotH;
        w.write("<circle cx=\"" + x(i, points.size(), left, plotW) + "\" cy=\""
            + String.format(Locale.ROOT, "%.1f", y) + "\" r=\"3\" fill=\"" + colors[s] + "\"><title>"
            + Html.esc(names[s] + " " + points.get(i).month() + ": " + series[s][i])
            + "</title></circle>\n");
      }
      w.write("<polyline class=\"series\" data-series=\"" + Html.esc(names[s]) + "\" fill=\"none\""
          + " stroke=\"" + colors[s] + "\" stroke-width=\"2\" points=\"" + pts + "\"/>\n");
      w.write("<text x=\"" + (left + 10 + s * 130) + "\" y=\"14\" font-size=\"12\" fill=\""
          + colors[s] + "\">" + Html.esc(names[s]) + "</text>\n");
    }
    w.write("</svg>\n<table id=\"trend-table\"><thead><tr>");
    for (String h : TRENDS_CSV_HEADER.split(",")) {
      w.write("<th>" + Html.esc(h) + "</th>");
    }
    w.write("</tr></thead><tbody>\n");
    for (MonthPoint p : points) {
      long[] v = values(p.state());
      w.write("<tr><td>" + p.month() + "</td><td>" + p.lastRunId() + "</td><td>" + p.runs()
          + "</td><td>" + v[0] + "</td><td>" + v[1] + "</td><td>" + v[2] + "</td><td>" + v[3]
          + "</td><td>" + v[4] + "</td><td>" + p.newRows() + "</td><td>" + p.resolvedRows()
          + "</td></tr>\n");
    }
    w.write("</tbody></table>\n</body></html>\n");
    w.flush();
  }

  private static String x(int i, int n, int left, int plotW) {
    double x = n <= 1 ? left + plotW / 2.0 : left + (double) i / (n - 1) * plotW;
    return String.format(Locale.ROOT, "%.1f", x);
  }
}
