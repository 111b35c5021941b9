package org.unioncat.api.cli;

import java.io.PrintStream;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.unioncat.ingest.finding.Finding;
import org.unioncat.ingest.finding.FindingMessages;
import org.unioncat.ingest.normalize.Correction;
import org.unioncat.ingest.validate.FileSummary;
import org.unioncat.ingest.validate.ValidatedRecord;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * JSON lines: one object per finding ({@code "type":"finding"}) as it is found, one per
 * suggested correction ({@code "type":"correction"}: field, before, after, why), and one summary
 * object per file ({@code "type":"summary"}) with {@code file}, {@code records_read},
 * {@code records_with_errors}, {@code flavours} and {@code encodings}. Messages come in both
 * languages. One object per line lets huge reports be streamed and processed line by line.
 */
final class JsonFindingReport implements FindingReport {
  private static final JsonFactory FACTORY = new JsonFactory();
  private final PrintStream out;

  JsonFindingReport(PrintStream out) {
    this.out = out;
  }

  @Override
  public void begin() {}

  @Override
  public void record(String file, ValidatedRecord record) {
    for (Finding f : record.findings()) {
      line(
          g -> {
            g.writeStringProperty("type", "finding");
            g.writeStringProperty("file", file);
            g.writeNumberProperty("record_no", f.recordNo());
            g.writeStringProperty("local_id", f.localId());
            g.writeNumberProperty("byte_offset", f.byteOffset());
            g.writeStringProperty("severity", f.severity().label());
            g.writeStringProperty("code", f.code().name());
            g.writeStringProperty("tag", f.tag());
            g.writeStringProperty("subfield", f.subfield() == null ? null : f.subfield().toString());
            g.writeStringProperty("message_en", f.message(Locale.ENGLISH));
            g.writeStringProperty("message_zh", f.message(FindingMessages.CHINESE));
          });
    }
    for (Correction c : CorrectionLines.of(record)) {
      line(
          g -> {
            g.writeStringProperty("type", "correction");
            g.writeStringProperty("file", file);
            g.writeNumberProperty("record_no", record.read().ordinal());
            g.writeStringProperty("local_id", record.read().localId().orElse(null));
            g.writeStringProperty("field", c.field());
            g.writeStringProperty("before", c.before());
            g.writeStringProperty("after", c.after());
            g.writeStringProperty("why_en", c.why());
            g.writeStringProperty("why_zh", c.whyZh());
          });
    }
  }

  @Override
  public void fileSummary(FileSummary summary) {
    line(
        g -> {
          g.writeStringProperty("type", "summary");
          g.writeStringProperty("file", summary.file());
          g.writeNumberProperty("records_read", summary.recordsRead());
          g.writeNumberProperty("records_with_errors", summary.recordsWithErrors());
          g.writeNumberProperty("records_with_warnings", summary.recordsWithWarnings());
          writeCounts(g, "flavours", summary.sortedFlavours());
          writeCounts(g, "encodings", summary.sortedEncodings());
          g.writeName("findings_by_code");
          g.writeStartObject();
          summary.findingsByCode().forEach((code, n) -> g.writeNumberProperty(code.name(), n));
          g.writeEndObject();
        });
  }

  @Override
  public void unreadableFile(String file, String reason) {
    line(
        g -> {
          g.writeStringProperty("type", "unreadable_file");
          g.writeStringProperty("file", file);
          g.writeStringProperty("reason", reason);
        });
  }

  @Override
  public void end() {
    out.flush();
  }

  private static void writeCounts(JsonGenerator g, String name, Map<String, Long> counts) {
    g.writeName(name);
    g.writeStartObject();
    counts.forEach((k, v) -> g.writeNumberProperty(k, v));
    g.writeEndObject();
  }

  private void line(Consumer<JsonGenerator> body) {
    StringWriter buffer = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), buffer)) {
      g.writeStartObject();
      body.accept(g);
      g.writeEndObject();
    }
    out.println(buffer);
  }
}
