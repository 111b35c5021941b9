package org.unioncat.api.upload;

import java.util.Locale;
import org.unioncat.ingest.finding.Finding;
import org.unioncat.ingest.finding.FindingMessages;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** A stored finding as JSON (both languages) and CSV cells. */
final class FindingJson {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private FindingJson() {}

  static String of(Finding f, Long recordId) {
    ObjectNode o = JSON.createObjectNode();
    o.put("record_no", f.recordNo());
    o.put("local_id", f.localId());
    o.put("byte_offset", f.byteOffset());
    o.put("record_id", recordId);
    o.put("severity", f.severity().label());
    o.put("code", f.code().name());
    o.put("tag", f.tag());
    o.put("subfield", f.subfield() == null ? null : f.subfield().toString());
    o.put("message_en", f.message(Locale.ENGLISH));
    o.put("message_zh", f.message(FindingMessages.CHINESE));
    return JSON.writeValueAsString(o);
  }

  static String quote(String s) {
    return JSON.writeValueAsString(s);
  }
}
