package org.unioncat.ingest.write;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.Flushable;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.unioncat.ingest.marc.ControlField;
import org.unioncat.ingest.marc.DataField;
import org.unioncat.ingest.marc.MarcField;
import org.unioncat.ingest.marc.MarcFlavour;
import org.unioncat.ingest.marc.MarcRecord;
import org.unioncat.ingest.marc.Subfield;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes MARC-in-JSON (Ross Singer's format, as read by marc4j, pymarc and MARC::Record::MiJ):
 * each record an object
 * {@code {"leader":"...","fields":[{"001":"..."},{"245":{"ind1":"1","ind2":"0",
 * "subfields":[{"a":"..."}]}}]}}, UTF-8, streamed one record at a time with Jackson's generator.
 * A stream of records is laid out as a JSON array ({@link Layout#ARRAY}, what pymarc reads and
 * writes; opened by the first record, closed by {@link #close()}) or as one object per line
 * ({@link Layout#LINES}, what marc4j's {@code MarcJsonReader} reads). The leader is written as in
 * the record, with leader/09 'a' for MARC21. Not thread-safe.
 */
public final class MarcJsonWriter implements Closeable, Flushable {
  private static final JsonFactory FACTORY = new JsonFactory();

  /** How a stream of several records is laid out. */
  public enum Layout {
    /** {@code [record,record,...]} */
    ARRAY,
    /** One record object per line (newline-delimited JSON). */
    LINES
  }

  private final JsonGenerator json;
  private final MarcFlavour flavour;
  private final Layout layout;
  private boolean started;
  private boolean closed;

  /** A writer that lays records out as a JSON array. */
  public MarcJsonWriter(OutputStream out, MarcFlavour flavour) {
    this(out, flavour, Layout.ARRAY);
  }

  public MarcJsonWriter(OutputStream out, MarcFlavour flavour, Layout layout) {
    this.json = FACTORY.createGenerator(ObjectWriteContext.empty(), out, JsonEncoding.UTF8);
    this.flavour = flavour;
    this.layout = layout;
  }

  /** One record as a MARC-in-JSON object (no surrounding array). */
  public static String toJson(MarcRecord record, MarcFlavour flavour) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator generator =
        FACTORY.createGenerator(ObjectWriteContext.empty(), bytes, JsonEncoding.UTF8)) {
      writeRecord(generator, record, flavour);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** Writes one record in this writer's flavour. */
  public void write(MarcRecord record) {
    write(record, flavour);
  }

  /** Writes one record in the given flavour. */
  public void write(MarcRecord record, MarcFlavour recordFlavour) {
    if (closed) {
      throw new IllegalStateException("writer is closed");
    }
    if (!started && layout == Layout.ARRAY) {
      json.writeStartArray();
    }
    started = true;
    writeRecord(json, record, recordFlavour);
    if (layout == Layout.LINES) {
      json.writeRaw('\n');
    }
  }

  private static void writeRecord(JsonGenerator json, MarcRecord original, MarcFlavour flavour) {
    MarcRecord record = UnicodeDeclaration.apply(original, flavour);
    json.writeStartObject();
    json.writeName("leader");
    json.writeString(new String(UnicodeLeader.of(record.leader(), flavour)));
    json.writeName("fields");
    json.writeStartArray();
    for (MarcField field : record.fields()) {
      json.writeStartObject();
      json.writeName(field.tag());
      if (field instanceof ControlField control) {
        json.writeString(control.data());
      } else {
        DataField data = (DataField) field;
        json.writeStartObject();
        json.writeName("ind1");
        json.writeString(String.valueOf(data.ind1()));
        json.writeName("ind2");
        json.writeString(String.valueOf(data.ind2()));
        json.writeName("subfields");
        json.writeStartArray();
        for (Subfield subfield : data.subfields()) {
          json.writeStartObject();
          json.writeName(String.valueOf(subfield.code()));
          json.writeString(subfield.value());
          json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  @Override
  public void flush() {
    json.flush();
  }

  /** Closes the array (an empty one if no record was written), then the stream. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    if (layout == Layout.ARRAY) {
      if (!started) {
        json.writeStartArray();
      }
      json.writeEndArray();
    }
    closed = true;
    json.close();
  }
}
