package org.unioncat.api.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.unioncat.config.LibraryCode;
import org.unioncat.config.LibrarySettings;
import org.unioncat.error.UnionCatException;
import org.unioncat.ingest.finding.FindingMessages;
import org.unioncat.ingest.load.BatchLoader;
import org.unioncat.ingest.load.ContentHash;
import org.unioncat.ingest.read.ReadOptions;
import org.unioncat.ingest.store.BatchStatus;
import org.unioncat.ingest.store.BatchStore;
import org.unioncat.ingest.store.CatalogQueries;
import org.unioncat.ingest.store.LibraryStore;
import org.unioncat.ingest.store.MemberLibrary;
import org.unioncat.ingest.store.UploadBatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code unioncat ingest}: loads MARC files into the catalog for a member library through the
 * same pipeline as the upload API (validate, normalize, store, index), with a progress bar and
 * the same report. Exit 0 when every record was accepted, 1 when some were refused
 * (quarantined), 2 on a usage error or an unreadable file.
 */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Load MARC files into the catalog for a member library.",
      "为成员馆将 MARC 文件载入联合目录。"
    })
final class IngestCommand implements Callable<Integer> {
  static final List<String> SAMPLE = List.of("bu_bibs.mrc", "bnu_cnmarc.iso");

  @Mixin ReadOptionsMixin readOptions;
  @Mixin DatabaseOption db;
  @Mixin SeverityOption severity;

  @Option(names = "--library", required = true, paramLabel = "CODE", description = "Member library.")
  String library;

  @Option(names = "--register", description = "Register the library first if it does not exist.")
  boolean register;

  @Option(names = "--sample", description = "Load the bundled sample (110 MARC21 and CNMARC records).")
  boolean sample;

  @Option(names = "--lang", defaultValue = "en", description = "Language of messages: en or zh.")
  String lang;

  @Option(names = "--progress", negatable = true, description = "Progress bar on stderr.")
  Boolean progress;

  @Parameters(paramLabel = "FILE", arity = "0..*", description = "MARC files to load.")
  List<Path> files = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    Locale locale = "zh".equalsIgnoreCase(lang) ? FindingMessages.CHINESE : Locale.ENGLISH;
    if (files.isEmpty() && !sample) {
      System.err.println("unioncat ingest: name at least one FILE, or --sample");
      return ExitCodes.USAGE_OR_UNREADABLE;
    }
    LibraryCode code;
    try {
      code = LibraryCode.of(library);
    } catch (IllegalArgumentException e) {
      System.err.println("unioncat ingest: " + e.getMessage());
      return ExitCodes.USAGE_OR_UNREADABLE;
    }
    ReadOptions options = readOptions.toReadOptions();
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    try (CatalogContext catalog = CatalogContext.open(db)) {
      LibraryStore libraries = catalog.bean(LibraryStore.class);
      if (register && libraries.find(code).isEmpty()) {
        libraries.add(LibrarySettings.withDefaults(code.value(), code.value()));
        out.println("Registered member library " + code + ".");
      }
      MemberLibrary member = libraries.require(code);
      List<Path> inputs = new ArrayList<>(files);
      if (sample) {
        inputs.addAll(sampleFiles());
      }
      int exit = ExitCodes.OK;
      for (Path file : inputs) {
        exit = Math.max(exit, ingest(catalog, member, file, options, locale, out));
      }
      out.flush();
      return exit;
    } catch (UnionCatException e) {
      System.err.println("unioncat ingest: " + (FindingMessages.isChinese(locale) ? e.messageZh() : e.getMessage()));
      return ExitCodes.USAGE_OR_UNREADABLE;
    }
  }

  private int ingest(
      CatalogContext catalog, MemberLibrary library, Path file, ReadOptions options, Locale locale,
      PrintStream out) throws IOException {
    if (!Files.isRegularFile(file)) {
      out.println("File " + file + " could not be read: there is no such file");
      return ExitCodes.USAGE_OR_UNREADABLE;
    }
    String sha;
    try (InputStream in = Files.newInputStream(file)) {
      sha = ContentHash.of(in);
    }
    BatchStore batches = catalog.bean(BatchStore.class);
    String actor = "cli:" + System.getProperty("user.name", "operator");
    UploadBatch batch =
        batches.create(library, actor, file.getFileName().toString(), Files.size(file), sha);
    catalog
        .bean(org.unioncat.audit.AuditTrail.class)
        .record(
            new org.unioncat.audit.AuditEvent(
                actor, "UPLOAD", "batch:" + batch.id(), library.code().value(),
                "{\"file\":\"" + file.getFileName().toString().replace("\\", "\\\\").replace("\"", "\\\"")
                    + "\",\"bytes\":" + Files.size(file) + ",\"sha256\":\"" + sha + "\",\"vendor\":null}"));
    UploadBatch done;
    try (ProgressBar bar =
        ProgressBar.forFile(file.getFileName().toString(), Files.size(file), showProgress())) {
      done =
          catalog
              .bean(BatchLoader.class)
              .load(batch.id(), library, () -> Files.newInputStream(file), options,
                  (records, bytes) -> bar.update(bytes, records));
    } catch (UnionCatException e) {
      out.println("File " + file + " could not be read: "
          + (FindingMessages.isChinese(locale) ? e.messageZh() : e.getMessage()));
      return ExitCodes.USAGE_OR_UNREADABLE;
    }
    CliText text = new CliText(locale);
    catalog
        .bean(CatalogQueries.class)
        .findings(
            batch.id(),
            sf -> {
              if (severity.shows(sf.finding())) {
                out.println(TextFindingReport.line(file.getFileName().toString(), sf.finding(), text));
              }
            });
    out.println();
    String shown = file.getParent() != null && file.getParent().getFileName().toString()
        .startsWith("unioncat-sample") ? "sample/" + file.getFileName() : file.toString();
    out.println("File " + shown + " → batch " + done.id() + " for " + library.code() + ": " + done.status());
    if (done.status() == BatchStatus.DUPLICATE_FILE) {
      out.println("  " + done.message());
      return ExitCodes.OK;
    }
    out.printf("  records read: %d%n  accepted: %d (replacing an earlier version: %d)%n"
            + "  refused (quarantined): %d%n  unchanged (already in the catalog): %d%n"
            + "  deletions applied: %d%n  with warnings: %d%n",
        done.recordsDone(), done.accepted(), done.replaced(), done.rejected(), done.unchanged(),
        done.deletions(), done.withWarnings());
    if (done.recordsDone() == 0) {
      out.println("  no MARC records were found in the file");
      return ExitCodes.USAGE_OR_UNREADABLE;
    }
    return done.rejected() > 0 ? ExitCodes.RECORDS_REJECTED : ExitCodes.OK;
  }


  private boolean showProgress() {
    return progress != null ? progress : System.console() != null;
  }

  /** Copies the bundled sample out of the jar so it is read like any other file. */
  private static List<Path> sampleFiles() throws IOException {
    Path dir = Files.createTempDirectory("unioncat-sample");
    List<Path> out = new ArrayList<>();
    for (String name : SAMPLE) {
      Path target = dir.resolve(name);
      try (InputStream in = IngestCommand.class.getResourceAsStream("/sample/" + name)) {
        if (in == null) {
          throw new IOException("the bundled sample " + name + " is missing from the application");
        }
        Files.copy(in, target);
      }
      target.toFile().deleteOnExit();
      out.add(target);
    }
    dir.toFile().deleteOnExit();
    return out;
  }
}
