package org.unioncat.api.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.unioncat.batch.report.CenterSummary;
import org.unioncat.batch.report.CorrectionReports;
import org.unioncat.batch.report.ReportFormat;
import org.unioncat.batch.report.ReportLanguage;
import org.unioncat.batch.report.SummaryWriter;
import org.unioncat.config.LibraryCode;
import org.unioncat.error.UnionCatException;
import org.unioncat.ingest.store.LibraryStore;
import org.unioncat.ingest.store.MemberLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code unioncat report}: a library's correction report of the latest (or a given) run, in
 * CSV, Excel, HTML or JSON, to a file or stdout; or, with {@code --summary}, the center's summary
 * of the run (json, csv, html); with {@code --trends}, the monthly trends (csv, html). Builds the
 * run's reports first when they are not built yet.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Write a member library's correction report, or the center's summary or trends.",
      "输出成员馆的纠错报告，或联合目录中心的汇总与趋势。"
    })
final class ReportCommand implements Callable<Integer> {
  @Mixin DatabaseOption db;

  @Option(names = "--library", paramLabel = "CODE", description = "The member library.")
  String library;

  @Option(names = "--summary", description = "The center's summary of the run instead.")
  boolean summary;

  @Option(names = "--month", paramLabel = "YYYY-MM",
      description = "With --summary: the month's summary (UTC) instead of one run's.")
  java.time.YearMonth month;

  @Option(names = "--trends", description = "The center's monthly trends instead.")
  boolean trends;

  @Option(names = "--format", defaultValue = "csv", paramLabel = "FORMAT",
      description = "csv (default), xlsx, html or json.")
  String format;

  @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: stdout).")
  Path out;

  @Option(names = "--run", paramLabel = "ID", description = "A run id (default: the latest).")
  Long run;

  @Option(names = "--lang", paramLabel = "LANG",
      description = "en or zh (default: the library's report language).")
  String lang;

  @Override
  public Integer call() {
    if ((library == null) == !(summary || trends) || (summary && trends)) {
      System.err.println("unioncat report: give exactly one of --library CODE, --summary, --trends.");
      return ExitCodes.USAGE_OR_UNREADABLE;
    }
    ReportLanguage language;
    try {
      language = lang == null ? null : ReportLanguage.parse(lang);
      if (library != null) {
        ReportFormat.parse(format);
      }
    } catch (IllegalArgumentException e) {
      System.err.println("unioncat report: " + e.getMessage());
      return ExitCodes.USAGE_OR_UNREADABLE;
    }
    try (CatalogContext catalog = CatalogContext.open(db);
        OutputStream sink = out == null ? new PrintStream(System.out, false, StandardCharsets.UTF_8)
            : Files.newOutputStream(out)) {
      CorrectionReports reports = catalog.bean(CorrectionReports.class);
      ReportLanguage l = language == null ? ReportLanguage.EN : language;
      if (trends) {
        reports.latestRun().ifPresent(reports::ensureBuilt);
        var points = catalog.bean(CenterSummary.class).trends();
        if (format.equalsIgnoreCase("html")) {
          SummaryWriter.trendsHtml(points, l, sink);
        } else {
          SummaryWriter.trendsCsv(points, sink);
        }
      } else if (summary) {
        CenterSummary center = catalog.bean(CenterSummary.class);
        CenterSummary.RunSummary s;
        if (month != null) {
          reports.latestRun().ifPresent(reports::ensureBuilt);
          s = center.monthSummary(month).orElse(null);
          if (s == null) {
            System.err.println("unioncat report: no duplicate detection run with reports finished"
                + " in " + month + ".");
            return ExitCodes.USAGE_OR_UNREADABLE;
          }
        } else {
          s = center.summary(reports.resolveRun(run));
        }
        switch (format.toLowerCase(java.util.Locale.ROOT)) {
          case "html":
            SummaryWriter.html(s, l, sink);
            break;
          case "json":
            SummaryWriter.json(s, sink);
            break;
          default:
            SummaryWriter.csv(s, sink);
        }
      } else {
        MemberLibrary lib = catalog.bean(LibraryStore.class).require(LibraryCode.of(library));
        long id = reports.resolveRun(run);
        reports.write(reports.header(lib, id, language), ReportFormat.parse(format), sink);
      }
      sink.flush();
      if (out != null) {
        System.err.println("Written: " + out);
      }
      return ExitCodes.OK;
    } catch (IllegalArgumentException | UnionCatException e) {
      System.err.println("unioncat report: " + e.getMessage());
      return ExitCodes.USAGE_OR_UNREADABLE;
    } catch (IOException e) {
      System.err.println("unioncat report: cannot write " + out + ": " + e.getMessage());
      return ExitCodes.USAGE_OR_UNREADABLE;
    }
  }
}
