package org.unioncat.ingest.write;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.unioncat.ingest.marc.ControlField;
import org.unioncat.ingest.marc.DataField;
import org.unioncat.ingest.marc.MarcField;
import org.unioncat.ingest.marc.MarcFlavour;
import org.unioncat.ingest.marc.MarcRecord;
import org.unioncat.ingest.marc.Subfield;

/**
 * Writes a MARCXML {@code <collection>} in the MARC21 slim namespace ({@value #NAMESPACE}), one
 * {@code <record>} at a time, UTF-8. The collection is opened by the first call and closed by
 * {@link #close()}.
 *
 * <p>Text and attributes are escaped ({@code & < > "}; CR and TAB as character references so
 * parsers do not normalize them away). Characters that XML 1.0 forbids in any form (C0 controls
 * other than TAB, LF and CR; U+FFFE, U+FFFF; unpaired surrogates) are written as U+FFFD and
 * counted in {@link #replacedCharacters()}, so the caller can report the loss. The leader is
 * written as in the record, with leader/09 'a' for MARC21. Not thread-safe.
 */
public final class MarcXmlWriter implements Closeable, Flushable {
  public static final String NAMESPACE = "http://www.loc.gov/MARC21/slim";
  static final char REPLACEMENT = '\uFFFD';

  private final Writer out;
  private final MarcFlavour flavour;
  private boolean started;
  private boolean closed;
  private long replaced;

  public MarcXmlWriter(OutputStream out, MarcFlavour flavour) {
    this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    this.flavour = flavour;
  }

  /** Writes one record in this writer's flavour. */
  public void write(MarcRecord record) throws IOException {
    write(record, flavour);
  }

  /** Writes one record in the given flavour. */
  public void write(MarcRecord original, MarcFlavour recordFlavour) throws IOException {
    MarcRecord record = UnicodeDeclaration.apply(original, recordFlavour);
    start();
    out.write("  <record>\n    <leader>");
    text(new String(UnicodeLeader.of(record.leader(), recordFlavour)), false);
    out.write("</leader>\n");
    for (MarcField field : record.fields()) {
      if (field instanceof ControlField control) {
        out.write("    <controlfield tag=\"");
        text(control.tag(), true);
        out.write("\">");
        text(control.data(), false);
        out.write("</controlfield>\n");
      } else {
        dataField((DataField) field);
      }
    }
    out.write("  </record>\n");
  }

  private void dataField(DataField field) throws IOException {
    out.write("    <datafield tag=\"");
    text(field.tag(), true);
    out.write("\" ind1=\"");
    text(String.valueOf(field.ind1()), true);
    out.write("\" ind2=\"");
    text(String.valueOf(field.ind2()), true);
    out.write("\">\n");
    for (Subfield subfield : field.subfields()) {
      out.write("      <subfield code=\"");
      text(String.valueOf(subfield.code()), true);
      out.write("\">");
      text(subfield.value(), false);
      out.write("</subfield>\n");
    }
    out.write("    </datafield>\n");
  }

  /** How many characters illegal in XML 1.0 were written as U+FFFD so far. */
  public long replacedCharacters() {
    return replaced;
  }

  private void start() throws IOException {
    if (closed) {
      throw new IOException("writer is closed");
    }
    if (!started) {
      out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
      out.write("<collection xmlns=\"" + NAMESPACE + "\">\n");
      started = true;
    }
  }

  private void text(String s, boolean attribute) throws IOException {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.write("&amp;");
        case '<' -> out.write("&lt;");
        case '>' -> out.write("&gt;");
        case '"' -> out.write(attribute ? "&quot;" : "\"");
        case '\r' -> out.write("&#13;");
        case '\t' -> out.write("&#9;");
        case '\n' -> out.write(attribute ? "&#10;" : "\n");
        default -> {
          if (Character.isHighSurrogate(c)
              && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1))) {
            out.write(c);
            out.write(s.charAt(++i));
          } else if (c < 0x20 || c == 0xFFFE || c == 0xFFFF || Character.isSurrogate(c)) {
            out.write(REPLACEMENT);
            replaced++;
          } else {
            out.write(c);
          }
        }
      }
    }
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  /** Closes the collection (writing an empty one if no record was written) and the stream. */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    start();
    out.write("</collection>\n");
    closed = true;
    out.close();
  }
}
