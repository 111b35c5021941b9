package org.unioncat.ingest.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.unioncat.ingest.finding.Finding;
import org.unioncat.ingest.finding.FindingCode;
import org.unioncat.ingest.finding.FindingDetail;
import org.unioncat.ingest.marc.ControlField;
import org.unioncat.ingest.marc.DataField;
import org.unioncat.ingest.marc.Leader;
import org.unioncat.ingest.marc.MarcEncoding;
import org.unioncat.ingest.marc.MarcField;
import org.unioncat.ingest.marc.MarcFlavour;
import org.unioncat.ingest.marc.MarcRecord;
import org.unioncat.ingest.marc.Subfield;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads MARC-in-JSON ({@code {"leader": ..., "fields": [{"001": "..."}, {"245": {"ind1": ..,
 * "ind2": .., "subfields": [{"a": ".."}]}}]}}): one object, an array of objects, or one object
 * per line. The stream is walked with Jackson's streaming parser and only one record at a time is
 * held as a tree, so memory stays bounded. Always UTF-8 (JSON's own encoding).
 *
 * <p>JSON that stops being valid ends the file with one more ReadRecord, empty, with
 * JSON_MALFORMED (line, column, reason): the parser cannot resume after it. An object that is valid
 * JSON but not a MARC record (no "fields" array) comes back empty with JSON_MALFORMED and reading
 * goes on. Raw bytes are the record's JSON re-serialized (UTF-8); byteOffset is the byte offset of
 * the object's opening brace.
 *
 * <p>Not thread-safe: one consumer.
 */
final class MarcJsonReader implements MarcReader {
  /**
   * Limits against hostile input: no MARC-in-JSON nests deeper than a handful of levels, and no
   * string may exceed what a whole ISO 2709 record holds. Breaking either ends the file with
   * JSON_MALFORMED, like any other invalid JSON.
   */
  static final int MAX_DEPTH = 32;

  static final int MAX_STRING = 99_999;

  private static final ObjectMapper MAPPER = JsonMapper.builder(
          JsonFactory.builder()
              .streamReadConstraints(
                  StreamReadConstraints.builder()
                      .maxNestingDepth(MAX_DEPTH)
                      .maxStringLength(MAX_STRING)
                      .maxNameLength(1_000)
                      .maxNumberLength(100)
                      .build())
              .build())
          // Records follow each other in one stream: the rest of the stream is not "trailing".
          .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private final CountingInputStream counted;
  private final ReadOptions options;
  private final JsonParser parser;
  private int ordinal;
  private boolean done;
  private int arrayDepth;
  private ReadRecord pending;

  MarcJsonReader(CountingInputStream in, ReadOptions options) throws IOException {
    this.counted = in;
    this.options = options;
    JsonParser created = null;
    try {
      created = MAPPER.createParser(in);
    } catch (JacksonException e) {
      // Jackson reads the first bytes to tell UTF-8/16/32 apart and can fail there already
      // (found by fuzzing: "Unsupported UCS-4 endianness"): the file ends at once, as below.
      if (e.getCause() instanceof ExpansionLimitException bomb) {
        throw bomb;
      }
      pending = malformed(++ordinal, -1, FindingDetail.of("json.parser", e.getOriginalMessage()), null);
      done = true;
    }
    this.parser = created;
  }

  @Override
  public ReadRecord next() throws IOException {
    if (pending != null) {
      ReadRecord r = pending;
      pending = null;
      return r;
    }
    if (done) {
      return null;
    }
    long offset = -1;
    try {
      while (true) {
        JsonToken t = parser.nextToken();
        if (t == null) {
          done = true;
          return null;
        }
        if (t == JsonToken.START_ARRAY && arrayDepth == 0) {
          // The top-level array of records.
          arrayDepth = 1;
          continue;
        }
        if (t == JsonToken.END_ARRAY && arrayDepth == 1) {
          arrayDepth = 0;
          continue;
        }
        offset = parser.currentTokenLocation().getByteOffset();
        if (t != JsonToken.START_OBJECT) {
          int no = ++ordinal;
          parser.skipChildren();
          return malformed(no, offset, FindingDetail.of("json.notAnObject", t.asString()),
              parser.currentTokenLocation());
        }
        JsonNode node = MAPPER.readTree(parser);
        return record(node, offset);
      }
    } catch (JacksonException e) {
      done = true;
      if (e.getCause() instanceof ExpansionLimitException bomb) {
        throw bomb;
      }
      // Jackson's own words, English only: quoted as data inside a localized frame.
      return malformed(++ordinal, offset, FindingDetail.of("json.parser", e.getOriginalMessage()),
          e.getLocation());
    }
  }

  private ReadRecord record(JsonNode node, long offset) {
    int no = ++ordinal;
    byte[] raw = MAPPER.writeValueAsBytes(node);
    JsonNode fieldsNode = node.get("fields");
    if (fieldsNode == null || !fieldsNode.isArray()) {
      Finding f = Finding.of(FindingCode.JSON_MALFORMED, null, null,
          FindingDetail.of("json.noFields")).at(no, null, offset);
      return new ReadRecord(no, offset, raw, ContainerFormat.MARC_JSON, Optional.empty(),
          MarcFlavour.UNKNOWN, Optional.empty(), List.of(f));
    }
    List<Finding> findings = new ArrayList<>();
    JsonNode leaderNode = node.get("leader");
    String leader = leaderNode != null && leaderNode.isString() ? leaderNode.asString() : null;
    if (leader == null) {
      findings.add(Finding.of(FindingCode.LEADER_INVALID, null, null,
          FindingDetail.of("leader.missing")));
    } else if (leader.length() != Leader.LENGTH) {
      findings.add(Finding.of(FindingCode.LEADER_INVALID, null, null,
          FindingDetail.of("leader.wrongLength", leader.length())));
    } else {
      FieldChecks.checkLeaderFixed(leader, findings);
    }
    List<MarcField> fields = new ArrayList<>();
    for (JsonNode entry : fieldsNode) {
      if (!entry.isObject() || entry.size() != 1) {
        findings.add(Finding.of(FindingCode.JSON_MALFORMED, null, null,
            FindingDetail.of("json.fieldNotSingleTag", shorten(entry.toString()))));
        continue;
      }
      Map.Entry<String, JsonNode> field = entry.properties().iterator().next();
      MarcField f = field(field.getKey(), field.getValue(), findings);
      if (f != null) {
        fields.add(f);
      }
    }
    MarcRecord record = new MarcRecord(new Leader(leader), fields);
    MarcFlavour flavour = MarcXmlReader.flavour(record, options, findings);
    FieldChecks.check(fields, flavour, findings);
    String id = record.localId().orElse(null);
    List<Finding> placed = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      placed.add(f.at(no, id, offset));
    }
    return new ReadRecord(no, offset, raw, ContainerFormat.MARC_JSON, Optional.of(record),
        flavour, Optional.of(MarcEncoding.UTF8), placed);
  }

  private static MarcField field(String tag, JsonNode value, List<Finding> findings) {
    if (value.isString() || value.isNumber()) {
      return new ControlField(tag, FieldTextDecoder.nfc(value.asString()));
    }
    if (!value.isObject()) {
      findings.add(Finding.of(FindingCode.JSON_MALFORMED, tag, null,
          FindingDetail.of("json.fieldNotStringOrObject", tag)));
      return null;
    }
    char ind1 = indicator(tag, value.get("ind1"), 1, findings);
    char ind2 = indicator(tag, value.get("ind2"), 2, findings);
    List<Subfield> subs = new ArrayList<>();
    JsonNode subfields = value.get("subfields");
    if (subfields == null || !subfields.isArray()) {
      findings.add(Finding.of(FindingCode.JSON_MALFORMED, tag, null,
          FindingDetail.of("json.noSubfields", tag)));
    } else {
      for (JsonNode s : subfields) {
        if (!s.isObject() || s.size() != 1) {
          findings.add(Finding.of(FindingCode.JSON_MALFORMED, tag, null,
              FindingDetail.of("json.subfieldNotSingleCode", tag, shorten(s.toString()))));
          continue;
        }
        Map.Entry<String, JsonNode> e = s.properties().iterator().next();
        String code = e.getKey();
        char c = code.length() == 1 ? code.charAt(0) : code.isEmpty() ? ' ' : '\uFFFD';
        if (code.length() != 1) {
          findings.add(Finding.of(FindingCode.SUBFIELD_CODE_INVALID, tag, null, tag, code));
        }
        subs.add(new Subfield(c, FieldTextDecoder.nfc(e.getValue().asString())));
      }
    }
    return new DataField(tag, ind1, ind2, subs);
  }

  private static char indicator(String tag, JsonNode v, int position, List<Finding> findings) {
    String s = v == null || v.isNull() ? null : v.asString();
    if (s == null || s.length() != 1) {
      findings.add(Finding.of(FindingCode.INDICATOR_INVALID, tag, null, tag,
          s == null ? "" : s, position));
      return ' ';
    }
    return s.charAt(0);
  }

  private static String shorten(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }

  /** JSON_MALFORMED ending the file; {@code reason} is a {@link FindingDetail}. */
  private static ReadRecord malformed(int no, long offset, String reason,
      TokenStreamLocation at) {
    String why = at == null || at == TokenStreamLocation.NA ? reason
        : FindingDetail.of("json.at", reason, at.getLineNr(), at.getColumnNr());
    Finding f = Finding.of(FindingCode.JSON_MALFORMED, null, null, why).at(no, null, offset);
    return new ReadRecord(no, offset, new byte[0], ContainerFormat.MARC_JSON, Optional.empty(),
        MarcFlavour.UNKNOWN, Optional.empty(), List.of(f));
  }

  @Override
  public ContainerFormat format() {
    return ContainerFormat.MARC_JSON;
  }

  @Override
  public long bytesRead() {
    return counted.count();
  }

  @Override
  public void close() throws IOException {
    try {
      if (parser != null) {
        parser.close();
      }
    } finally {
      counted.close();
    }
  }
}
