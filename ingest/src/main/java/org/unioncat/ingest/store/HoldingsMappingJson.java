package org.unioncat.ingest.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.unioncat.config.HoldingsMapping;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores a library's holdings mappings as a small JSON array, e.g.
 * {@code [{"tag":"852","library":"a","callNumber":"hi","barcode":"p","location":"b"}]}.
 * Thread-safe.
 */
final class HoldingsMappingJson {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private HoldingsMappingJson() {}

  static String write(List<HoldingsMapping> mappings) {
    List<Map<String, String>> out = new ArrayList<>();
    for (HoldingsMapping m : mappings) {
      Map<String, String> o = new LinkedHashMap<>();
      o.put("tag", m.tag());
      o.put("library", str(m.librarySubfield()));
      o.put("callNumber", m.callNumberSubfields());
      o.put("barcode", str(m.barcodeSubfield()));
      o.put("location", str(m.locationSubfield()));
      out.add(o);
    }
    return JSON.writeValueAsString(out);
  }

  static List<HoldingsMapping> read(String json) {
    List<Map<String, String>> in = JSON.readValue(json, new TypeReference<>() {});
    List<HoldingsMapping> out = new ArrayList<>();
    for (Map<String, String> o : in) {
      out.add(
          new HoldingsMapping(
              o.get("tag"),
              chr(o.get("library")),
              o.get("callNumber"),
              chr(o.get("barcode")),
              chr(o.get("location"))));
    }
    return out;
  }

  private static String str(Character c) {
    return c == null ? null : c.toString();
  }

  private static Character chr(String s) {
    return s == null || s.isEmpty() ? null : s.charAt(0);
  }
}
