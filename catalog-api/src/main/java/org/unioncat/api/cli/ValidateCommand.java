package org.unioncat.api.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.unioncat.config.LibrarySettings;
import org.unioncat.ingest.finding.FindingMessages;
import org.unioncat.ingest.read.MarcReaders;
import org.unioncat.ingest.read.ReadOptions;
import org.unioncat.ingest.read.UnreadableInputException;
import org.unioncat.ingest.validate.FileSummary;
import org.unioncat.ingest.validate.RecordValidator;
import org.unioncat.ingest.validate.ValidatedRecord;
import org.unioncat.ingest.validate.ValidatingReader;
import org.unioncat.ingest.validate.ValidationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code unioncat validate}: reads MARC files and reports, record by record, what is wrong with
 * them before anything reaches the shared catalog. Nothing is stored.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Check MARC files record by record before uploading them; nothing is stored.",
      "上传前逐条检查 MARC 文件；不保存任何数据。",
      "Exit code: 0 no record has an error, 1 some records have errors, 2 usage error or"
          + " unreadable file."
    })
final class ValidateCommand implements Callable<Integer> {

  @Mixin ReadOptionsMixin readOptions;
  @Mixin SeverityOption severity;

  @Option(
      names = "--library",
      paramLabel = "CODE",
      description = "Member library the files are for; enables the holdings checks.")
  String library;

  @Option(
      names = "--output",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text (summary and one line per finding), json (one object per line) or csv.")
  OutputFormat output;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      defaultValue = "en",
      description = "Language of messages: en or zh.")
  String lang;

  @Option(
      names = "--progress",
      negatable = true,
      description = "Show a progress bar on stderr (default: only when run in a terminal).")
  Boolean progress;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "MARC files to check.")
  List<Path> files = new ArrayList<>();

  @Override
  public Integer call() {
    Locale locale = "zh".equalsIgnoreCase(lang) ? FindingMessages.CHINESE : Locale.ENGLISH;
    severity.threshold(); // an unknown level is a usage error before any file is read
    ReadOptions options = readOptions.toReadOptions();
    ValidationContext context =
        library == null
            ? ValidationContext.noLibrary()
            : ValidationContext.forLibrary(LibrarySettings.withDefaults(library, library));
    RecordValidator validator = new RecordValidator(context);
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    FindingReport report = output.open(out, locale);
    boolean anyErrors = false;
    boolean anyUnreadable = false;
    report.begin();
    for (Path file : files) {
      if (!Files.isRegularFile(file)) {
        anyUnreadable = true;
        report.unreadableFile(file.toString(), noSuchFile(locale));
        continue;
      }
      try {
        FileSummary summary = validateFile(file, options, validator, report);
        anyErrors |= summary.recordsWithErrors() > 0;
        if (summary.recordsRead() == 0) {
          // A well-formed container with nothing in it (an XML file with no <record>) is not a
          // batch of records: say so rather than report "no findings".
          anyUnreadable = true;
          report.unreadableFile(file.toString(), noRecords(locale));
        }
      } catch (UnreadableInputException | IOException | UncheckedIOException e) {
        anyUnreadable = true;
        report.unreadableFile(file.toString(), readableReason(e, locale));
      }
    }
    report.end();
    out.flush();
    if (anyUnreadable) {
      return ExitCodes.USAGE_OR_UNREADABLE;
    }
    return anyErrors ? ExitCodes.RECORDS_REJECTED : ExitCodes.OK;
  }

  private FileSummary validateFile(
      Path file, ReadOptions options, RecordValidator validator, FindingReport report)
      throws IOException {
    FileSummary summary = new FileSummary(file.toString());
    long size = Files.size(file);
    try (ValidatingReader records =
            new ValidatingReader(MarcReaders.open(file, options), validator, options.threads());
        ProgressBar bar = ProgressBar.forFile(file.getFileName().toString(), size, showProgress())) {
      ValidatedRecord validated;
      while ((validated = records.next()) != null) {
        summary.add(validated);
        report.record(file.toString(), listed(validated));
        bar.update(records.bytesRead(), summary.recordsRead());
      }
    }
    report.fileSummary(summary);
    return summary;
  }

  /** The record as the report lists it: findings below --min-severity left out. */
  private ValidatedRecord listed(ValidatedRecord v) {
    return new ValidatedRecord(
        v.read(),
        severity.showsCorrections() ? v.normalized() : Optional.empty(),
        v.findings().stream().filter(severity::shows).toList());
  }

  private boolean showProgress() {
    return progress != null ? progress : System.console() != null;
  }

  private static String noRecords(Locale locale) {
    return FindingMessages.isChinese(locale)
        ? "文件中没有找到 MARC 记录"
        : "no MARC records were found in the file";
  }

  private static String noSuchFile(Locale locale) {
    return FindingMessages.isChinese(locale)
        ? "文件不存在或不是普通文件"
        : "there is no such file (or it is a folder)";
  }

  private static String readableReason(Exception e, Locale locale) {
    if (e instanceof UnreadableInputException) {
      UnreadableInputException u = (UnreadableInputException) e;
      return FindingMessages.isChinese(locale) ? u.messageZh() : u.getMessage();
    }
    String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return (FindingMessages.isChinese(locale) ? "读取出错：" : "reading failed: ") + detail;
  }
}
