package org.unioncat.batch.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON: {@code {"library", "library_name", "run_id", "language", "rows": [...]}}, each row with
 * both languages' action and evidence and the stable {@code row_key}; streamed row by row.
 */
final class JsonReportWriter implements ReportWriter {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final BufferedWriter out;
  private boolean first = true;

  JsonReportWriter(OutputStream out) {
    this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
  }

  @Override
  public void begin(ReportHeader header) throws IOException {
    ObjectNode head = JSON.createObjectNode();
    head.put("library", header.library());
    head.put("library_name", header.libraryName());
    head.put("run_id", header.runId());
    head.put("language", header.lang().tag());
    String text = JSON.writeValueAsString(head);
    out.write(text, 0, text.length() - 1);
    out.write(",\"rows\":[");
  }

  @Override
  public void row(CorrectionRow r) throws IOException {
    out.write(first ? "\n" : ",\n");
    first = false;
    out.write(JSON.writeValueAsString(node(r)));
  }

  static ObjectNode node(CorrectionRow r) {
    ObjectNode o = JSON.createObjectNode();
    o.put("row_id", r.id());
    o.put("row_key", r.rowKey());
    o.put("kind", r.kind().name());
    o.put("record_id", r.recordId());
    o.put("local_id", r.localId());
    o.put("call_numbers", r.callNumbers());
    o.put("barcodes", r.barcodes());
    putLong(o, "cluster_id", r.clusterId());
    putLong(o, "keep_record_id", r.keepRecordId());
    o.put("keep_library", r.keepLibrary());
    o.put("keep_local_id", r.keepLocalId());
    if (r.cause() == null) {
      o.putNull("cause");
    } else {
      o.put("cause", r.cause().intValue());
    }
    o.put("cause_name_en", ReportText.causeName(r.cause(), ReportLanguage.EN));
    o.put("cause_name_zh", ReportText.causeName(r.cause(), ReportLanguage.ZH));
    o.put("code", r.code());
    o.put("action_en", r.actionEn());
    o.put("action_zh", r.actionZh());
    o.put("evidence_en", r.evidenceEn());
    o.put("evidence_zh", r.evidenceZh());
    o.put("mark", r.mark().name());
    o.put("mark_note", r.markNote());
    return o;
  }

  private static void putLong(ObjectNode o, String name, Long v) {
    if (v == null) {
      o.putNull(name);
    } else {
      o.put(name, v.longValue());
    }
  }

  @Override
  public void end() throws IOException {
    out.write("\n]}\n");
    out.flush();
  }
}
